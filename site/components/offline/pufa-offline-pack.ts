/**
 * <pufa-offline-pack data-track data-title>: the 下载本路径 box (OfflinePack.astro). Downloads or
 * updates the pack, asks the browser to keep it (persist()), shows its size and the storage the
 * site uses (navigator.storage.estimate), removes it.
 */
import type { PackManifest } from '../../../core/offline/pack';
import { downloadPack, fetchManifest, formatBytes, offlineSupported, persistStorage, removePack, storageEstimate, storedManifest } from './packs';

const describe = (m: PackManifest) => `${m.lessons.length} 课、${m.quizzes.length} 套练习、${m.laws.length} 个法规页面，约 ${formatBytes(m.bytes)}`;

class PufaOfflinePack extends HTMLElement {
  private readonly track = this.dataset.track ?? '';
  private el<T extends HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  connectedCallback(): void {
    if (!offlineSupported()) {
      this.el('.pack-state').textContent = '此浏览器不支持离线下载，请换用较新的浏览器。';
      this.el('.pack-download').hidden = true;
      return;
    }
    this.el('.pack-download').addEventListener('click', () => void this.download());
    this.el('.pack-remove').addEventListener('click', () => void this.removeDownload());
    void this.refresh();
  }

  private say(text: string, kind: 'info' | 'error' = 'info'): void {
    const status = this.el('.pack-status');
    status.textContent = text;
    status.dataset.kind = kind;
  }

  private async refresh(): Promise<void> {
    const stored = await storedManifest(this.track);
    const button = this.el<HTMLButtonElement>('.pack-download');
    this.el('.pack-remove').hidden = !stored;
    if (stored) {
      this.el('.pack-state').textContent = `已下载到本机：${describe(stored)}。没有网络时也能打开本路径的课程、练习和所引法条。`;
      button.textContent = '检查更新';
    } else {
      const current = navigator.onLine ? await fetchManifest(this.track).catch(() => null) : null;
      if (current) button.textContent = `下载本路径（约 ${formatBytes(current.bytes)}）`;
    }
    await this.showStorage();
  }

  private async showStorage(persisted?: boolean): Promise<void> {
    const estimate = await storageEstimate();
    const line = estimate ? `本站在本机共占用约 ${formatBytes(estimate.usage)}${estimate.quota ? `（浏览器允许约 ${formatBytes(estimate.quota)}）` : ''}。` : '';
    const keep = persisted === undefined ? '' : persisted ? '浏览器已同意长期保存，不会因空间不足自动清除。' : '浏览器未承诺长期保存：空间不足时可能被清除，届时请重新下载。';
    this.el('.pack-storage').textContent = line + keep;
  }

  private async download(): Promise<void> {
    const button = this.el<HTMLButtonElement>('.pack-download');
    const progress = this.el<HTMLProgressElement>('.pack-progress');
    button.disabled = true;
    progress.hidden = false;
    this.say('正在下载……');
    try {
      // The worker must be running to serve the pack offline.
      await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 5000))]);
      const before = await storedManifest(this.track);
      const result = await downloadPack(this.track, (done, total) => {
        progress.max = Math.max(total, 1);
        progress.value = done;
        this.say(`正在下载 ${done} / ${total} 个文件……`);
      });
      const same = before?.version === result.manifest.version;
      this.say(same && !result.fetched ? '已是最新版本。' : `下载完成：${describe(result.manifest)}${before ? `（本次更新 ${result.fetched} 个文件）` : ''}。`);
      this.dataset.version = result.manifest.version;
      await this.refresh();
      await this.showStorage(await persistStorage().catch(() => false));
    } catch (error) {
      this.say(`${(error as Error).message}已下载的内容不受影响。`, 'error');
    } finally {
      button.disabled = false;
      progress.hidden = true;
    }
  }

  private async removeDownload(): Promise<void> {
    await removePack(this.track);
    this.say('已删除本路径的离线内容。');
    this.el('.pack-download').textContent = '下载本路径';
    this.el('.pack-state').textContent = `把「${this.dataset.title ?? ''}」路径的全部课程、练习和所引法条下载到本机，没有网络时也能学习和答题。`;
    await this.refresh();
  }
}

if (!customElements.get('pufa-offline-pack')) customElements.define('pufa-offline-pack', PufaOfflinePack);
