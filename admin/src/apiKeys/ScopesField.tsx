import { Chip, Stack, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApiKeyScope } from '../../../schema/generated/graphql';
import { SCOPE_NAMES } from './scopes';

/** A key's scopes as small chips, each explained on hover. */
export const ScopesField = (_: { label?: string }) => {
  const record = useRecordContext<{ scopes?: ApiKeyScope[] }>();
  const translate = useTranslate();
  if (!record?.scopes?.length) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {record.scopes.map((scope) => (
        <Tooltip key={scope} title={translate(`app.api_key_scope.${scope}`)}>
          <Chip size="small" variant="outlined" label={SCOPE_NAMES[scope]} sx={{ fontFamily: 'monospace', fontSize: 11.5 }} />
        </Tooltip>
      ))}
    </Stack>
  );
};
