import { Control, DomEvent, DomUtil, type ControlPosition } from 'leaflet';
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';

export interface MapControlProps {
  position: ControlPosition;
  /** Class of the control's element (fixed when the control is first rendered). */
  className: string;
  children: ReactNode;
}

/**
 * Renders React content as a Leaflet control, so it stacks with the zoom and attribution
 * controls in the map's corners. Clicks and scrolling inside do not move the map.
 */
export function MapControl({ position, className, children }: MapControlProps) {
  const map = useMap();
  const [container] = useState(() => {
    const element = DomUtil.create('div', className);
    DomEvent.disableClickPropagation(element);
    DomEvent.disableScrollPropagation(element);
    return element;
  });

  useEffect(() => {
    const control = new Control({ position });
    control.onAdd = () => container;
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [map, position, container]);

  return createPortal(children, container);
}
