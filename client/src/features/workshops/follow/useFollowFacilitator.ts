import { useEffect, useState } from 'react';
import type { IapSectionId, Workshop } from '@iap/shared';
import { sectionHeadingDomId } from '../../iap/sectionText';

/** How long to wait for the plan to render the section's heading (the document may still be syncing). */
const HEADING_WAIT_MS = 10_000;
const HEADING_POLL_MS = 100;

export interface FollowState {
  /** The facilitator has Follow me on in a running session. */
  active: boolean;
  /** This person follows (they may step out and come back). */
  following: boolean;
  /** The current item's section, if it has one. */
  sectionId: IapSectionId | null;
  stop: () => void;
  resume: () => void;
}

/**
 * Follow me on a participant's plan view: while the facilitator has it on and this person has
 * not stepped out, the view scrolls to the current agenda item's section, again at every item.
 * The state comes from the session as the server pushes it (the event stream), so a late joiner
 * or a reconnecting phone follows too. Turning Follow me on again brings everyone back.
 */
export function useFollowFacilitator(workshop: Workshop | undefined): FollowState {
  const [following, setFollowing] = useState(true);
  const active = workshop !== undefined && workshop.status === 'running' && workshop.followMe;
  const item = workshop?.currentItem ?? 0;
  const sectionId = active ? (workshop.agenda[item]?.sectionId ?? null) : null;

  // Follow me turned on (again): everyone follows, those who had stepped out too. Adjusted while
  // rendering, as React advises for state that follows a prop.
  const [wasActive, setWasActive] = useState(active);
  if (wasActive !== active) {
    setWasActive(active);
    if (active) setFollowing(true);
  }

  useEffect(() => {
    if (!active || !following || !sectionId) return undefined;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const giveUpAt = Date.now() + HEADING_WAIT_MS;
    let timer: number | undefined;
    const jump = (): void => {
      const heading = document.getElementById(sectionHeadingDomId(sectionId));
      if (heading) heading.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
      else if (Date.now() < giveUpAt) timer = window.setTimeout(jump, HEADING_POLL_MS);
    };
    jump();
    return () => window.clearTimeout(timer);
  }, [active, following, sectionId, item]);

  return { active, following, sectionId, stop: () => setFollowing(false), resume: () => setFollowing(true) };
}
