// Unit tests run in Node; component tests opt into jsdom with a file-level
// `// @vitest-environment jsdom` comment. jest-dom matchers are harmless in Node.
import '@testing-library/jest-dom/vitest';
