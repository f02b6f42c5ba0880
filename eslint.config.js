import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Which way dependencies point (docs/architecture.md). A later block replaces an earlier block's
// no-restricted-imports for the same files, so each block lists everything its files may not import.
const benchStaysOutside = {
  regex: '^(\\.\\./)+bench(/|$)',
  message: 'bench measures src; src never imports bench. Pure code both need lives in src/shared-domain/.',
};
const authStaysAbove = {
  regex: '^(\\.\\./)+auth(/|$)',
  message: 'common sits below auth: auth imports common, never the other way.',
};
const frameworks = {
  group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'socket.io', 'socket.io/*', 'socket.io-client', '@socket.io/*'],
  message: 'Domain code is plain data in, plain data out: no Nest, TypeORM or Socket.IO.',
};
const commonFromDomain = {
  regex: '^(\\.\\./)+common(/|$)',
  message: 'Domain code does not depend on common; pure helpers belong in src/shared-domain/.',
};
const shellFromDomain = {
  regex: '^(\\.\\./){2,}(?!shared-domain/|common/|bench/)[^./][^/]*/(?!domain/)',
  message: "Domain code imports other modules' domain/ folders and src/shared-domain/ only, never their services, entities or DTOs.",
};
const outsideSharedDomain = {
  regex: '^\\.\\./',
  message: 'src/shared-domain/ depends on nothing else in the repository: no common, no feature module.',
};
const typeormInRepositories = {
  group: ['typeorm', 'typeorm/*', '@nestjs/typeorm', '@nestjs/typeorm/*'],
  message: 'Queries live in repositories (*.repository.ts) and src/database/; services reach the database through them and the UnitOfWork.',
};
// Where TypeORM may be imported: repositories, entities, modules (TypeOrmModule.forFeature), the
// database module, the CLI's own DataSource work, and tests.
const typeormFiles = [
  'src/**/*.repository.ts',
  'src/**/*.entity.ts',
  'src/**/*.module.ts',
  'src/database/**',
  'src/cli/seed.ts',
  'src/cli/migration-commands.ts',
  'src/**/*.spec.ts',
];
const restrictImports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', 'test-artifacts/**', '*.js', 'scripts/**', 'client/sw/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    // The project service finds each file's own tsconfig: the server's at the root, the client's in client/.
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  { files: ['src/**/*.ts'], rules: restrictImports(benchStaysOutside) },
  { files: ['src/**/*.ts'], ignores: typeormFiles, rules: restrictImports(benchStaysOutside, typeormInRepositories) },
  { files: ['src/common/**/*.ts'], rules: restrictImports(benchStaysOutside, authStaysAbove) },
  { files: ['src/common/**/*.ts'], ignores: typeormFiles, rules: restrictImports(benchStaysOutside, authStaysAbove, typeormInRepositories) },
  { files: ['src/*/domain/**/*.ts'], rules: restrictImports(benchStaysOutside, frameworks, commonFromDomain, shellFromDomain) },
  { files: ['src/shared-domain/**/*.ts'], rules: restrictImports(frameworks, outsideSharedDomain) },
  {
    // Tests read untyped JSON bodies from supertest; asserting on them is the point.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The client reads and writes only through its data layer (client/src/data); tests stub the API there.
    files: ['client/src/**/*.{ts,tsx}'],
    ignores: ['client/src/data/**', 'client/src/api/**', 'client/src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/api/client'],
          importNames: ['api', 'sessionStore'],
          message: 'Read and write through a hook in client/src/data instead.',
        }],
      }],
    },
  },
);
