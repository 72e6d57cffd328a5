import * as migration_20261125_030407_initial from './20261125_030407_initial';

export const migrations = [
  {
    up: migration_20261125_030407_initial.up,
    down: migration_20261125_030407_initial.down,
    name: '20261125_030407_initial'
  },
];
