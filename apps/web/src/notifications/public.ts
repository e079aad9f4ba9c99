// What the shell and other features may use from notifications (see .dependency-cruiser.cjs).
export { NotificationBellSlot } from './bell-slot';
