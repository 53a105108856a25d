import { useId } from 'react';
import { Input, SegmentedControl, Stack } from '@mantine/core';

const SCORES = ['1', '2', '3', '4', '5'];

interface ScoreInputProps {
  label: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
}

/** A 1-5 score as five radio buttons (arrow keys move between them), labelled as one group. */
export function ScoreInput({ label, description, value, onChange }: ScoreInputProps) {
  const labelId = useId();
  const descriptionId = useId();
  return (
    <Stack gap={2}>
      {/* A div, not a label: a radio group is named by aria-labelledby, not by a label's `for`. */}
      <Input.Label labelElement="div" id={labelId}>
        {label}
      </Input.Label>
      <Input.Description id={descriptionId}>{description}</Input.Description>
      <SegmentedControl
        data={SCORES}
        value={value}
        onChange={onChange}
        aria-labelledby={labelId}
        aria-describedby={descriptionId}
        fullWidth
      />
    </Stack>
  );
}
