import { useState } from 'react';
import type { ServiceId, ServicePanel } from '../../../preload/contract';
import { useVisuallyHidden } from '../ui/visually-hidden';

interface Round {
  /** The services checked in this round. */
  ids: ServiceId[];
  done: boolean;
}

const services = (n: number) => (n === 1 ? '1 service' : `${n} services`);

/** What a round of checks comes to, in one line: the ones that answered, or how many did not. */
function outcome(round: Round, panels: ServicePanel[]): string {
  const checked = panels.filter((panel) => round.ids.includes(panel.serviceId));
  const unwell = checked.filter(
    ({ status }) => status.state !== 'connected' || status.probe?.ok !== true,
  ).length;
  const n = services(checked.length);
  if (unwell === 0) return `Checked ${n}: ${checked.length === 1 ? 'it answers' : 'all answer'}.`;
  return `Checked ${n}: ${unwell === 1 ? '1 needs' : `${unwell} need`} attention.`;
}

/**
 * Tells a screen reader of a round of checks twice, politely: when it starts and when the last
 * panel has answered; not six panels each as they answer (their "Checking the service…" lines
 * are for the eye). The region is there from the start, so its first words are heard too.
 */
export function ChecksAnnouncement({ panels }: { panels: ServicePanel[] }) {
  const hidden = useVisuallyHidden();
  const [round, setRound] = useState<Round>({ ids: [], done: true });
  const checking = panels.filter((panel) => panel.status.checking).map((panel) => panel.serviceId);

  // Derived while rendering, so the words change in the same frame as the panels.
  if (checking.length > 0 && (round.done || checking.some((id) => !round.ids.includes(id)))) {
    setRound({
      ids: round.done ? checking : [...new Set([...round.ids, ...checking])],
      done: false,
    });
  } else if (checking.length === 0 && !round.done) {
    setRound({ ...round, done: true });
  }

  const words =
    round.ids.length === 0
      ? ''
      : round.done
        ? outcome(round, panels)
        : `Checking ${services(round.ids.length)}…`;
  return (
    <div role="status" className={hidden.hidden}>
      {words}
    </div>
  );
}
