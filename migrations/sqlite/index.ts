import * as migration_20261126_034916_initial from './20261126_034916_initial';
import * as migration_20261126_061819_agenda_alerts_districts from './20261126_061819_agenda_alerts_districts';
import * as migration_20261126_074843_transit_search_alert_jobs from './20261126_074843_transit_search_alert_jobs';
import * as migration_20261126_092016_push_eoffice_app from './20261126_092016_push_eoffice_app';
import * as migration_20261126_103440_audit_push_eoffice_jobs from './20261126_103440_audit_push_eoffice_jobs';
import * as migration_20261203_111502_session5_security_opendata from './20261203_111502_session5_security_opendata';
import * as migration_20261203_144002_session6_review_links_realtime from './20261203_144002_session6_review_links_realtime';
import * as migration_20261203_233538_service_notice_dates from './20261203_233538_service_notice_dates';

export const migrations = [
  {
    up: migration_20261126_034916_initial.up,
    down: migration_20261126_034916_initial.down,
    name: '20261126_034916_initial',
  },
  {
    up: migration_20261126_061819_agenda_alerts_districts.up,
    down: migration_20261126_061819_agenda_alerts_districts.down,
    name: '20261126_061819_agenda_alerts_districts',
  },
  {
    up: migration_20261126_074843_transit_search_alert_jobs.up,
    down: migration_20261126_074843_transit_search_alert_jobs.down,
    name: '20261126_074843_transit_search_alert_jobs',
  },
  {
    up: migration_20261126_092016_push_eoffice_app.up,
    down: migration_20261126_092016_push_eoffice_app.down,
    name: '20261126_092016_push_eoffice_app',
  },
  {
    up: migration_20261126_103440_audit_push_eoffice_jobs.up,
    down: migration_20261126_103440_audit_push_eoffice_jobs.down,
    name: '20261126_103440_audit_push_eoffice_jobs',
  },
  {
    up: migration_20261203_111502_session5_security_opendata.up,
    down: migration_20261203_111502_session5_security_opendata.down,
    name: '20261203_111502_session5_security_opendata',
  },
  {
    up: migration_20261203_144002_session6_review_links_realtime.up,
    down: migration_20261203_144002_session6_review_links_realtime.down,
    name: '20261203_144002_session6_review_links_realtime',
  },
  {
    up: migration_20261203_233538_service_notice_dates.up,
    down: migration_20261203_233538_service_notice_dates.down,
    name: '20261203_233538_service_notice_dates'
  },
];
