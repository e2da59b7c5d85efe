import * as migration_20261126_035707_initial from './20261126_035707_initial';

export const migrations = [
  {
    up: migration_20261126_035707_initial.up,
    down: migration_20261126_035707_initial.down,
    name: '20261126_035707_initial'
  },
];
