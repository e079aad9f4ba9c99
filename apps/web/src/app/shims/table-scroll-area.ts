// What Mantine's Table.ScrollContainer renders for type="scrollarea" (its default): ScrollArea.
// Every table here scrolls natively (type="native": a plain div), yet TableScrollContainer's static
// import made every page with a Table (the city directory on / and /kota) download ScrollArea,
// about 5 kB gzipped. vite.config.ts points that import here, and this module's '@mantine/core' at
// ScrollArea's own module (not the package's index, whose every export a dynamic import would
// bundle): the real ScrollArea loads on first use, if a table ever asks for it.
import { lazy } from 'react';

export const ScrollArea = lazy(() => import('@mantine/core').then(({ ScrollArea }) => ({ default: ScrollArea })));
