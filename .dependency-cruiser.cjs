/**
 * Module boundaries of the server (issue 9): `npm run lint` runs this through `npm run lint:deps`.
 * A module under apps/server/src/modules/<m>/ uses another module only through its public files — a
 * `*.service.ts` or its `public.ts` — never its repository or internals; and modules form no cycle.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'module-public-surface',
      severity: 'error',
      comment:
        'A module uses another module only through its services (*.service.ts), its response schemas (*.responses.ts) or its public.ts. ' +
        'Export what the other module needs from there, or move the function where it belongs.',
      from: { path: '^apps/server/src/modules/([^/]+)/' },
      to: {
        path: '^apps/server/src/modules/[^/]+/',
        pathNot: [
          '^apps/server/src/modules/$1/',
          '^apps/server/src/modules/[^/]+/([^/]+[.](service|responses)|public)[.]ts$',
          // the route guard every module's routes use (requireAuth, actorOf …)
          '^apps/server/src/modules/auth/auth[.]plugin[.]ts$',
        ],
      },
    },
    {
      name: 'no-module-cycle',
      severity: 'error',
      comment:
        'Server modules depend on each other without cycles: move the shared piece to the lower module or to packages/domain.',
      scope: 'folder',
      from: { path: '^apps/server/src/modules/[^/]+$' },
      to: { path: '^apps/server/src/modules/[^/]+$', circular: true },
    },
  ],
  options: {
    // Only the modules' own graph: lib/ and db/ are shared infrastructure every module may use.
    includeOnly: '^apps/server/src/modules/',
    exclude: { path: ['node_modules', '[.]test[.]ts$', 'test-helpers[.]ts$', 'fixtures[.]ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'apps/server/tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
