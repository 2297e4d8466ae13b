// Lint, including the layering rules of design.md: what each layer may import.
import js from '@eslint/js'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import { builtinModules } from 'node:module'
import tseslint from 'typescript-eslint'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]
const noNode = nodeBuiltins.map((name) => ({ name, message: 'This layer runs without Node.' }))
const noElectron = { name: 'electron', message: 'Electron stays in the thin glue files at the top of src/main (ELECTRON_GLUE in eslint.config.mjs).' }
const ELECTRON_GLUE = ['index.ts', 'window.ts', 'ipc.ts', 'app-protocol.ts', 'electron-host.ts', 'electron-vault.ts'].map((f) => `src/main/${f}`)
const layer = (folder, why) => ({ regex: `(^|/)${folder}(/|$)`, message: why })
const mainPatterns = [layer('renderer', 'main never imports the renderer.'), layer('preload', 'main never imports the preload.')]

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } }
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off'
    }
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNode, noElectron],
          patterns: [
            layer('main', 'src/shared is imported by every layer and imports none of them.'),
            layer('renderer', 'src/shared is imported by every layer and imports none of them.'),
            layer('preload', 'src/shared is imported by every layer and imports none of them.')
          ]
        }
      ]
    }
  },
  {
    files: ['src/shared/**', 'src/renderer/**', 'src/preload/**'],
    rules: { 'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'] }
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNode, { name: 'electron', message: 'The renderer reaches main only through api.ts.' }],
          patterns: [
            layer('main', 'The renderer reaches main only through the contract (api.ts).'),
            layer('preload', 'The renderer reaches main only through the contract (api.ts).')
          ]
        }
      ]
    }
  },
  {
    files: ['src/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noNode,
          patterns: [layer('main', 'The preload only bridges the contract.'), layer('renderer', 'The preload only bridges the contract.')]
        }
      ]
    }
  },
  {
    // All of main but the Electron glue: the composition root, the window, IPC registration, the
    // custom protocol, the host's dialogs and the safeStorage vault.
    files: ['src/main/**'],
    ignores: ELECTRON_GLUE,
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: mainPatterns }] }
  },
  {
    files: ELECTRON_GLUE,
    rules: { 'no-restricted-imports': ['error', { patterns: mainPatterns }] }
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
  }
)
