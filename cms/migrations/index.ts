import * as migration_20261125_025220_initial from './20261125_025220_initial';

export const migrations = [
  {
    up: migration_20261125_025220_initial.up,
    down: migration_20261125_025220_initial.down,
    name: '20261125_025220_initial'
  },
];
