// What the shell and other features may use from accounts (see .dependency-cruiser.cjs).
export { AccountMenu, MobileAccountLinks } from './account-menu';
