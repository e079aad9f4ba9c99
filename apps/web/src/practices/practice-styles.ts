// The Mantine CSS the library's pages need beyond the shell's (src/app/styles.ts): loaded with them.
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Grid.css';
import '@mantine/core/styles/SegmentedControl.css';
import './practices.css';
