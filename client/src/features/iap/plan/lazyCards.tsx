import { lazy, Suspense, type ComponentProps } from 'react';

// The cards are dialogs opened on demand: their form fields (numbers, multi-selects, funding and
// risk lists) load when one opens, not with the plan, which becomes editable sooner.
const ActionCard = lazy(() => import('../actions/ActionCard').then((module) => ({ default: module.ActionCard })));
const ObjectiveCard = lazy(() => import('../objectives/ObjectiveCard').then((module) => ({ default: module.ObjectiveCard })));

export function LazyActionCard(props: ComponentProps<typeof ActionCard>) {
  return (
    <Suspense fallback={null}>
      <ActionCard {...props} />
    </Suspense>
  );
}

export function LazyObjectiveCard(props: ComponentProps<typeof ObjectiveCard>) {
  return (
    <Suspense fallback={null}>
      <ObjectiveCard {...props} />
    </Suspense>
  );
}
