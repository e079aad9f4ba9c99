// Mantine CSS that only the practice editor needs: loaded with its lazy chunk.
import '@mantine/core/styles/Tabs.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Checkbox.css';
