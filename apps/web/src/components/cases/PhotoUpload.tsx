/** Photo upload for case forms: each picked image is uploaded at once; the form value is the list of upload ids. */
import { useEffect, useState } from 'react';
import { Image, Upload, type UploadFile } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, isApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';

export function PhotoUpload({
  value,
  onChange,
  onBusyChange,
  endpoint = '/api/uploads',
  max = 9,
  testId,
}: {
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** true while any file is still uploading (forms wait for it before submitting) */
  onBusyChange?: (busy: boolean) => void;
  endpoint?: string;
  max?: number;
  testId?: string;
}) {
  const { t } = useI18n();
  const [files, setFiles] = useState<UploadFile<{ id: string }>[]>([]);

  // The form was reset from outside: forget the files.
  useEffect(() => {
    if ((value ?? []).length === 0 && files.some((f) => f.status === 'done')) setFiles([]);
    // only react to resets of the value
  }, [value]);

  useEffect(() => {
    onBusyChange?.(files.some((f) => f.status === 'uploading'));
  }, [files, onBusyChange]);

  const emit = (list: UploadFile<{ id: string }>[]) => {
    onChange?.(list.filter((f) => f.status === 'done' && f.response?.id).map((f) => f.response!.id));
  };

  return (
    <div data-testid={testId}>
      <Upload<{ id: string }>
        listType="picture-card"
        accept="image/jpeg,image/png,image/webp,image/gif"
        multiple
        fileList={files}
        maxCount={max}
        customRequest={({ file, onSuccess, onError }) => {
          api
            .upload<{ id: string }>(endpoint, file as Blob)
            .then((r) => onSuccess?.(r))
            .catch((e: unknown) => {
              const msg = isApiError(e) ? e.message : String(e);
              onError?.(new Error(t('form.uploadFailed', { message: msg })));
            });
        }}
        onChange={({ fileList }) => {
          setFiles(fileList);
          emit(fileList);
        }}
        previewFile={async (file) => URL.createObjectURL(file)}
        onPreview={(f) => {
          if (f.url || f.thumbUrl) window.open(f.url ?? f.thumbUrl, '_blank', 'noopener');
        }}
      >
        {files.length < max && (
          <div>
            <PlusOutlined />
            <div style={{ marginTop: 6, fontSize: 12 }}>{t('form.uploadPhoto')}</div>
          </div>
        )}
      </Upload>
    </div>
  );
}

/** Thumbnails of stored photos with a large preview on click. */
export function PhotoGallery({
  ids,
  url,
  size = 96,
}: {
  ids: string[];
  url: (id: string) => string;
  size?: number;
}) {
  const { t } = useI18n();
  if (ids.length === 0) return <span style={{ color: '#999' }}>{t('case.noPhotos')}</span>;
  return (
    <Image.PreviewGroup>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }} data-testid="photos">
        {ids.map((id) => (
          <Image
            key={id}
            src={url(id)}
            width={size}
            height={size}
            style={{ objectFit: 'cover', borderRadius: 6 }}
            alt=""
          />
        ))}
      </div>
    </Image.PreviewGroup>
  );
}
