import { useI18n } from '../i18n/index.tsx';

/** The product mark: a square grid with a point in it, and the name. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" style={{ flexShrink: 0 }}>
      <rect width="64" height="64" rx="14" fill="#1f4e9c" />
      <path d="M16 16h32v32H16z" fill="none" stroke="#fff" strokeWidth="4" />
      <path d="M32 16v32M16 32h32" stroke="#fff" strokeWidth="3" opacity=".7" />
      <circle cx="32" cy="32" r="5" fill="#f5b400" />
    </svg>
  );
}

export function Brand({
  dark = false,
  compact = false,
  logoOnly = false,
}: {
  dark?: boolean;
  compact?: boolean;
  logoOnly?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 10,
        padding: compact ? 0 : '18px 18px 14px',
        color: dark ? '#fff' : '#0f2a55',
      }}
    >
      <Logo size={compact ? 24 : 30} />
      <div style={{ lineHeight: 1.2, minWidth: 0, display: logoOnly ? 'none' : undefined }}>
        <div style={{ fontWeight: 700, fontSize: compact ? 15 : 17, letterSpacing: 1, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </div>
        {!compact && (
          <div
            style={{
              fontSize: 11,
              opacity: 0.7,
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
            }}
          >
            {t('app.tagline')}
          </div>
        )}
      </div>
    </div>
  );
}
