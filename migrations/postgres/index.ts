import * as migration_20261126_040217_initial from './20261126_040217_initial';
import * as migration_20261126_061830_agenda_alerts_districts from './20261126_061830_agenda_alerts_districts';
import * as migration_20261126_074853_transit_search_alert_jobs from './20261126_074853_transit_search_alert_jobs';
import * as migration_20261126_092118_push_eoffice_app from './20261126_092118_push_eoffice_app';
import * as migration_20261126_103702_audit_push_eoffice_jobs from './20261126_103702_audit_push_eoffice_jobs';
import * as migration_20261203_111520_session5_security_opendata from './20261203_111520_session5_security_opendata';
import * as migration_20261203_144007_session6_review_links_realtime from './20261203_144007_session6_review_links_realtime';
import * as migration_20261203_233547_service_notice_dates from './20261203_233547_service_notice_dates';

export const migrations = [
  {
    up: migration_20261126_040217_initial.up,
    down: migration_20261126_040217_initial.down,
    name: '20261126_040217_initial',
  },
  {
    up: migration_20261126_061830_agenda_alerts_districts.up,
    down: migration_20261126_061830_agenda_alerts_districts.down,
    name: '20261126_061830_agenda_alerts_districts',
  },
  {
    up: migration_20261126_074853_transit_search_alert_jobs.up,
    down: migration_20261126_074853_transit_search_alert_jobs.down,
    name: '20261126_074853_transit_search_alert_jobs',
  },
  {
    up: migration_20261126_092118_push_eoffice_app.up,
    down: migration_20261126_092118_push_eoffice_app.down,
    name: '20261126_092118_push_eoffice_app',
  },
  {
    up: migration_20261126_103702_audit_push_eoffice_jobs.up,
    down: migration_20261126_103702_audit_push_eoffice_jobs.down,
    name: '20261126_103702_audit_push_eoffice_jobs',
  },
  {
    up: migration_20261203_111520_session5_security_opendata.up,
    down: migration_20261203_111520_session5_security_opendata.down,
    name: '20261203_111520_session5_security_opendata',
  },
  {
    up: migration_20261203_144007_session6_review_links_realtime.up,
    down: migration_20261203_144007_session6_review_links_realtime.down,
    name: '20261203_144007_session6_review_links_realtime',
  },
  {
    up: migration_20261203_233547_service_notice_dates.up,
    down: migration_20261203_233547_service_notice_dates.down,
    name: '20261203_233547_service_notice_dates'
  },
];
