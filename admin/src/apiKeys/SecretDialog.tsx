import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Tooltip, Typography } from '@mui/material';
import ContentCopy from '@mui/icons-material/ContentCopy';
import { useTranslate } from 'react-admin';

/** Shows a new key's secret, once, with a copy button. */
export const SecretDialog = ({ secret, onClose }: { secret: string | null; onClose: () => void }) => {
  const translate = useTranslate();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Dialog open={!!secret} maxWidth="sm" fullWidth aria-labelledby="api-key-secret-title">
      <DialogTitle id="api-key-secret-title">{translate('app.api_keys.secret_title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('app.api_keys.secret_intro')}
        </Alert>
        <Typography variant="caption" color="text.secondary">
          {translate('app.api_keys.secret_label')}
        </Typography>
        <Box
          sx={{
            display: 'flex',
            alignItems: 'center',
            gap: 1,
            p: 1.5,
            mt: 0.5,
            bgcolor: 'grey.100',
            border: 1,
            borderColor: 'grey.300',
            borderRadius: 1,
          }}
        >
          <Typography
            data-testid="api-key-secret"
            sx={{ fontFamily: 'monospace', fontSize: 14, wordBreak: 'break-all', flex: 1, userSelect: 'all' }}
          >
            {secret}
          </Typography>
          <Tooltip title={translate(copied ? 'app.api_keys.copied' : 'app.api_keys.copy')}>
            <IconButton onClick={copy} aria-label={translate('app.api_keys.copy')} color={copied ? 'success' : 'default'}>
              <ContentCopy fontSize="small" />
            </IconButton>
          </Tooltip>
        </Box>
        <Typography variant="body2" color={copied === false ? 'warning.main' : 'text.secondary'} sx={{ mt: 1 }}>
          {translate(copied ? 'app.api_keys.copied' : 'app.api_keys.copy_hint')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate('app.api_keys.header_hint')}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate('app.api_keys.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
