// Mantine CSS that only the account and admin pages need: loaded with those lazy chunks.
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/PasswordInput.css';
import '@mantine/core/styles/Code.css';
