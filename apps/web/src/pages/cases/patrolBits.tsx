/** Small pieces of the patrol page: the network state and photo thumbnails from blobs. */
import { useEffect, useMemo, useState } from 'react';
import { CloseCircleFilled } from '@ant-design/icons';

export const MAX_PHOTOS = 9;

export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/** Object URLs for previews, revoked when the blobs go away. */
function usePreviews(blobs: Blob[]): string[] {
  const urls = useMemo(() => blobs.map((b) => URL.createObjectURL(b)), [blobs]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return urls;
}

export function Thumbs({
  blobs,
  onRemove,
  size = 76,
}: {
  blobs: Blob[];
  onRemove?: (i: number) => void;
  size?: number;
}) {
  const urls = usePreviews(blobs);
  return (
    <>
      {urls.map((u, i) => (
        <div key={u} style={{ position: 'relative', width: size, height: size }}>
          <img src={u} alt="" style={{ width: size, height: size, objectFit: 'cover', borderRadius: 6 }} />
          {onRemove && (
            <CloseCircleFilled
              onClick={() => onRemove(i)}
              style={{
                position: 'absolute',
                top: -6,
                right: -6,
                fontSize: 18,
                color: '#ff4d4f',
                background: '#fff',
                borderRadius: 9,
              }}
            />
          )}
        </div>
      ))}
    </>
  );
}
