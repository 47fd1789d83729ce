package dk.samarbejdsmodel.core.housing;

/** CTI-fase: the three ordered phases of Critical Time Intervention, about three months each (S4). */
public enum CtiPhase {
  /** Fase 1: overgang (transition to the new home). */
  TRANSITION,
  /** Fase 2: afprøvning (try-out). */
  TRY_OUT,
  /** Fase 3: overdragelse (transfer of care to the ordinary support). */
  TRANSFER_OF_CARE
}
