// @ts-check
import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const domainOnly = {
  patterns: [
    {
      group: ['electron', 'electron-store', 'node:*'],
      message: 'src/shared is pure: no Electron, no Node APIs.',
    },
    {
      group: ['react', 'react-dom', 'zustand', 'zustand/*', '@dnd-kit/*'],
      message: 'src/shared is pure: no UI libraries.',
    },
    {
      group: ['**/main/**', '**/renderer/**', '**/preload/**'],
      message: 'src/shared imports only src/shared.',
    },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      // Second build folders (DEVREL_OUT) beside the first.
      'out-*/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.reports/**',
      'dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', domainOnly] },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/ipc/register-ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain'],
              message: 'Register handlers through registerIpc.',
            },
          ],
        },
      ],
    },
  },
  {
    // A sandboxed preload can load only `electron`: a value from a module that pulls in a package
    // (zod, through the contract) builds into a require() that fails when the window opens.
    files: ['src/preload/**/*.ts'],
    ignores: ['src/preload/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(?!(electron|\\.\\./shared/ipc/(channel-names|menu-commands|notice-channel))$)',
              allowTypeImports: true,
              message:
                'The preload imports values only from electron and zod-free constant modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    // jsx-a11y: every action reachable by keyboard and named for screen readers, checked statically.
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Dialogs and new forms put the caret in their first field, as a desktop app's do.
      'jsx-a11y/no-autofocus': 'off',
      // Unstyled lists (list-style: none) lose their list role in WebKit unless it is stated.
      'jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
      // A named scrolling region must be focusable, or keyboard users cannot scroll it.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', '**/main/**'],
              message: 'The renderer reaches main only through the api.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/src/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/main.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='api']",
          message: 'Use the store actions; only main.tsx reads window.api.',
        },
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // Features use each other only through a feature's index.ts (what it offers pages and cards);
    // pieces several features share live in components/ or hooks/. Repeats the renderer's ban on
    // main, since a later block's options for a rule replace an earlier one's.
    files: ['src/renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', '**/main/**'],
              message: 'The renderer reaches main only through the api.',
            },
            {
              regex:
                '^(\\.\\./)+(attendees|demos|devrel|events|night|pipeline|pulse|retros|review|workspace)/',
              message:
                "Import another feature through its index ('../events'), not its files; move a piece several features share to components/ or hooks/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Config files must default-export; the electron stub mirrors electron's default export.
    files: ['*.config.ts', '*.config.js', 'tests/stubs/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
)
