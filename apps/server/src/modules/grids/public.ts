// What other modules use of grids besides its service: the grid boundaries (the geo index, boundary import) and
// the version that moves with every boundary change.
export {
  allGridBoundaries,
  bumpGeoVersion,
  findGridForUpdate,
  geoVersion,
  updateGrid,
} from './grids.repository.ts';
export { boundaryError, gridBoundaryProblems, regionBoundaryProblems } from './grids.tiling.ts';
