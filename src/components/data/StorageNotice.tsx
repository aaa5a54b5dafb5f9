import { useEffect, useState } from 'react';
import { onStorageProblem } from '../../store/storage-problems';
import { Toast } from '../shell/Toast';

/** What the browser's storage could not do for the saved files; the data in the tab is untouched. */
export function StorageNotice() {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => onStorageProblem((_problem, message) => setText(message)), []);
  return <Toast text={text} problem testId="storage-notice" onClose={() => setText(null)} />;
}
