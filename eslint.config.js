// @ts-check
import js from '@eslint/js'
import {defineConfig, globalIgnores} from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const unusedVars = {
  argsIgnorePattern: '^_',
  varsIgnorePattern: '^_',
  caughtErrorsIgnorePattern: '^_'
}

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'coverage/']),
  js.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: globals.node
    },
    rules: {'no-unused-vars': ['error', unusedVars]}
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {'@typescript-eslint/no-unused-vars': ['error', unusedVars]}
  }
)
