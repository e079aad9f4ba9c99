import { Button, Checkbox, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { FacetCountFieldsFragment } from '../gql/features/graphql';
import { FACET_NAMES, type FacetName, type Selected } from './library-params';
import { usePracticeStrings } from './practice-strings';
import { dimensionLabel, sdgLabel, topicLabel } from './practice-text';

/** Values shown before "show all": the longer lists (cities, years) stay short on a phone. */
const SHORT_LIST = 6;

function useValueLabel(name: FacetName) {
  const { t } = usePracticeStrings();
  return (facet: FacetCountFieldsFragment) => {
    if (name === 'topics') return topicLabel(t, facet.value);
    if (name === 'dimensions') return dimensionLabel(t, facet.value);
    if (name === 'sdgs') return sdgLabel(t, facet.value);
    if (name === 'languages') return t(`practices.languages.${facet.value}`, { defaultValue: facet.label });
    return facet.label;
  };
}

function FacetGroup({
  name,
  counts,
  selected,
  onChange,
}: {
  name: FacetName;
  counts: readonly FacetCountFieldsFragment[];
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  const { t } = usePracticeStrings();
  const [showAll, setShowAll] = useState(false);
  // The tick shows at once; the URL (and so `selected`) follows a moment later.
  const selectedKey = selected.join('\n');
  const [ticked, setTicked] = useState<{ values: string[]; from: string } | null>(null);
  const value = ticked && ticked.from === selectedKey ? ticked.values : selected;
  const label = useValueLabel(name);
  // A selected value stays visible (and can be unticked) even when no result has it any more.
  const missing = selected
    .filter((value) => !counts.some((facet) => facet.value === value))
    .map((value) => ({ value, label: value, count: 0 }));
  const all = [...counts, ...missing];
  if (all.length === 0) return null;
  const shown = showAll ? all : all.filter((facet, index) => index < SHORT_LIST || selected.includes(facet.value));
  return (
    <Checkbox.Group
      label={t(`practices.library.facets.${name}`)}
      value={value}
      onChange={(values) => {
        setTicked({ values, from: selectedKey });
        onChange(values);
      }}
    >
      <Stack gap={6} mt={6}>
        {shown.map((facet) => (
          <Checkbox
            key={facet.value}
            value={facet.value}
            label={t('practices.library.facetOption', { label: label(facet), count: facet.count })}
          />
        ))}
        {all.length > SHORT_LIST && (
          <Button variant="subtle" size="compact-sm" onClick={() => setShowAll(!showAll)} style={{ alignSelf: 'flex-start' }}>
            {showAll ? t('practices.library.showFewer') : t('practices.library.showAll', { count: all.length })}
          </Button>
        )}
      </Stack>
    </Checkbox.Group>
  );
}

/** One group of checkboxes with counts per facet, in a fixed order. */
export function FacetFilters({
  facets,
  selected,
  onChange,
  onClear,
}: {
  facets: Record<FacetName, readonly FacetCountFieldsFragment[]>;
  selected: Selected;
  onChange: (name: FacetName, values: string[]) => void;
  onClear: () => void;
}) {
  const { t } = usePracticeStrings();
  const anySelected = FACET_NAMES.some((name) => selected[name].length > 0);
  return (
    <Stack gap="md" component="section" aria-labelledby="practice-filters-heading">
      <Text component="h2" fw={700} id="practice-filters-heading">
        {t('practices.library.filtersHeading')}
      </Text>
      {anySelected && (
        <Button variant="default" size="xs" onClick={onClear} style={{ alignSelf: 'flex-start' }}>
          {t('practices.library.clearFilters')}
        </Button>
      )}
      {FACET_NAMES.map((name) => (
        <FacetGroup
          key={name}
          name={name}
          counts={facets[name]}
          selected={selected[name]}
          onChange={(values) => onChange(name, values)}
        />
      ))}
    </Stack>
  );
}
