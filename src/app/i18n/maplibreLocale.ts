/** MapLibre's own control strings (the Map `locale` option) in the UI language. */
import type { Lang } from '../types.ts';
import { t } from './t.ts';

export function maplibreLocale(lang: Lang): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': t('map.zoomIn', lang),
    'NavigationControl.ZoomOut': t('map.zoomOut', lang),
    'NavigationControl.ResetBearing': t('map.resetBearing', lang),
    'FullscreenControl.Enter': t('map.fullscreen', lang),
    'FullscreenControl.Exit': t('map.exitFullscreen', lang),
    'AttributionControl.ToggleAttribution': t('map.toggleAttribution', lang),
    'CooperativeGesturesHandler.WindowsHelpText': t('map.scrollZoomHint', lang),
    'CooperativeGesturesHandler.MacHelpText': t('map.scrollZoomHintMac', lang),
    'CooperativeGesturesHandler.MobileHelpText': t('map.touchPanHint', lang),
    'Map.Title': t('map.label', lang),
    'Popup.Close': t('panel.close', lang),
  };
}
