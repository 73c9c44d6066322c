import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Screens after the questions load on demand: on a busy machine the first import can take over a second.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
});
