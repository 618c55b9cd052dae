import { Box, FormHelperText, Rating, Typography } from '@mui/material';
import { ValidationError, useInput, useTranslate, type Validator } from 'react-admin';

/** A 1–5 score as stars, with its indicator code ("2.1") and label; the value is a number or null. */
export const ScoreInput = ({ source, label, code, validate }: { source: string; label: string; code: string; validate?: Validator | Validator[] }) => {
  const translate = useTranslate();
  const { field, fieldState, id } = useInput({ source, validate });
  const error = fieldState.error?.message;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 0.75, flexWrap: 'wrap' }} data-testid={`score-${source}`}>
      <Box sx={{ flex: '1 1 260px', minWidth: 0 }}>
        <Typography variant="body2" component="label" htmlFor={id} id={`${id}-label`}>
          <Box component="span" sx={{ fontFamily: 'monospace', color: 'text.secondary', mr: 1 }}>
            {code}
          </Box>
          {translate(label)}
        </Typography>
        {error && (
          <FormHelperText error>
            <ValidationError error={error} />
          </FormHelperText>
        )}
      </Box>
      <Rating
        name={field.name}
        value={typeof field.value === 'number' ? field.value : null}
        onChange={(_, value) => field.onChange(value)}
        onBlur={field.onBlur}
        size="large"
        getLabelText={(value) => translate('app.feedback.score_label', { smart_count: value })}
        aria-labelledby={`${id}-label`}
      />
    </Box>
  );
};
