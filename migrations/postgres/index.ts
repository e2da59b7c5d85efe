import * as migration_20261126_040217_initial from './20261126_040217_initial';
import * as migration_20261126_061830_agenda_alerts_districts from './20261126_061830_agenda_alerts_districts';
import * as migration_20261126_064853_alert_revalidation_task from './20261126_064853_alert_revalidation_task';

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
    up: migration_20261126_064853_alert_revalidation_task.up,
    down: migration_20261126_064853_alert_revalidation_task.down,
    name: '20261126_064853_alert_revalidation_task'
  },
];
