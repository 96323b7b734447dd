// What other modules use of regions besides its service.
export {
  childBoundaries,
  findRegion,
  findRegionsByCodes,
  listGridsWithBoundaryUnder,
  lockRegions,
  regionBoundaries,
  updateRegionBoundary,
} from './regions.repository.ts';
export { findCommunity, requireCommunityStaff, staffCommunity, type Community } from './community.ts';
