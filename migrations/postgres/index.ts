import * as migration_20261126_040217_initial from './20261126_040217_initial';

export const migrations = [
  {
    up: migration_20261126_040217_initial.up,
    down: migration_20261126_040217_initial.down,
    name: '20261126_040217_initial'
  },
];
