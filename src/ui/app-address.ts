/**
 * The planner's own page, for links that leave this one (a calendar event's link back, a shared plan). Inside a
 * practice's page that is `embed.html`'s neighbour, the full planner with its header, not the bare embed.
 */
export function appAddress(): string {
  return `${window.location.origin}${window.location.pathname.replace(/embed\.html$/, '')}`;
}
