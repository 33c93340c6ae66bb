// Registers the service worker (reading without signal, /ngoai-tuyen/). Without service workers the page is as before.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
