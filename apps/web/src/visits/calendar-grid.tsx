import { Link } from 'react-router';
import './visit-calendar.css';
import type { CalendarVisitFieldsFragment } from '../gql/features/graphql';
import type { CalendarView } from './calendar-dates';
import { stateStyle } from './visit-badges';
import { useVisitPagesStrings } from './visit-pages-strings';

export interface DayEntry {
  visit: CalendarVisitFieldsFragment;
  /** "09.00–12.00" in the city's zone, or the part of it on this day. */
  time: string;
  /** "Menerima Kota Solok" / "Berkunjung ke Kota Medan". */
  label: string;
}

/**
 * The month or week as a grid of days. It repeats what the list under it says (the list is what
 * screen readers and keyboards use, and all a phone shows), so it is hidden from assistive
 * technology and its links are left out of the tab order.
 */
export function CalendarGrid({
  view,
  days,
  month,
  today,
  entries,
  weekdays,
}: {
  view: CalendarView;
  days: string[];
  /** "2018-10": days of other months are shaded. */
  month: string;
  today: string;
  entries: Map<string, DayEntry[]>;
  weekdays: string[];
}) {
  const { t } = useVisitPagesStrings();
  return (
    <div className="visit-calendar-grid" data-view={view} aria-hidden="true">
      {weekdays.map((weekday) => (
        <div key={weekday} className="visit-calendar-weekday">
          {weekday}
        </div>
      ))}
      {days.map((day) => (
        <div
          key={day}
          className="visit-calendar-day"
          data-day={day}
          data-outside={view === 'bulan' && !day.startsWith(month) ? '' : undefined}
          data-today={day === today ? '' : undefined}
        >
          <span className="visit-calendar-day-number">{Number(day.slice(8))}</span>
          {(entries.get(day) ?? []).map(({ visit, time, label }) => (
            <Link key={visit.id} to={`/kunjungan/${visit.id}`} tabIndex={-1} className="visit-calendar-entry" data-state={visit.state} style={stateStyle(visit.state)}>
              <span className="visit-calendar-entry-title">
                {time} {label}
              </span>{' '}
              · {t(`visits.states.${visit.state}`)}
            </Link>
          ))}
        </div>
      ))}
    </div>
  );
}
