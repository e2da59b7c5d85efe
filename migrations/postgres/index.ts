import * as migration_20261126_040217_initial from './20261126_040217_initial';
import * as migration_20261126_061830_agenda_alerts_districts from './20261126_061830_agenda_alerts_districts';
import * as migration_20261126_074853_transit_search_alert_jobs from './20261126_074853_transit_search_alert_jobs';
import * as migration_20261126_094315_audit_log from './20261126_094315_audit_log';

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
    up: migration_20261126_094315_audit_log.up,
    down: migration_20261126_094315_audit_log.down,
    name: '20261126_094315_audit_log'
  },
];
