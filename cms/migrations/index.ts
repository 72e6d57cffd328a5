import * as migration_20261125_021743_initial from './20261125_021743_initial';

export const migrations = [
  {
    up: migration_20261125_021743_initial.up,
    down: migration_20261125_021743_initial.down,
    name: '20261125_021743_initial'
  },
];
