// The date range shared by every report tab. Days are Beijing days, whatever the laptop's zone.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  beijingToday,
  beijingYesterday,
  isValidDay,
  matchPreset,
  presetRange,
  type DayRange,
  type RangePreset
} from '../../../shared/calendar'

export const DEFAULT_PRESET: RangePreset = 'last30'

export const useRangeStore = defineStore('range', () => {
  /** The instant presets are computed at; only moved forward when the Beijing day changes. */
  const clock = ref(Date.now())
  const range = ref<DayRange>(presetRange(DEFAULT_PRESET, clock.value) as DayRange)

  const yesterday = computed(() => beijingYesterday(clock.value))
  const preset = computed(() => matchPreset(range.value, clock.value))

  function presetFor(p: RangePreset): DayRange | null {
    return presetRange(p, clock.value)
  }

  function applyPreset(p: RangePreset): boolean {
    const next = presetFor(p)
    if (!next) return false
    if (next.from !== range.value.from || next.to !== range.value.to) range.value = next
    return true
  }

  /** A custom range; refused when it is not a valid range ending by yesterday. */
  function setRange(next: DayRange): boolean {
    if (!isValidDay(next.from) || !isValidDay(next.to)) return false
    if (next.from > next.to || next.to > yesterday.value) return false
    if (next.from !== range.value.from || next.to !== range.value.to) range.value = { ...next }
    return true
  }

  /**
   * Called periodically: after midnight in Beijing a preset such as "last 30 days" rolls forward
   * with the calendar, while a custom range stays as the user picked it.
   */
  function tick(now: number = Date.now()): void {
    if (beijingToday(now) === beijingToday(clock.value)) return
    const active = preset.value
    clock.value = now
    if (active) applyPreset(active)
  }

  return { clock, range, yesterday, preset, presetFor, applyPreset, setRange, tick }
})
