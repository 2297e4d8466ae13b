// One shared clock for countdowns ("expires in 5 min"), ticking only while something shows one.
import { onBeforeUnmount, onMounted, readonly, ref, type Ref } from 'vue'

export const NOW_TICK_MS = 15_000

const now = ref(Date.now())
let users = 0
let timer: ReturnType<typeof setInterval> | undefined

function tick(): void {
  now.value = Date.now()
}

export function useNow(): Readonly<Ref<number>> {
  tick()
  onMounted(() => {
    if (users++ === 0) timer = setInterval(tick, NOW_TICK_MS)
  })
  onBeforeUnmount(() => {
    if (--users === 0) {
      clearInterval(timer)
      timer = undefined
    }
  })
  return readonly(now)
}
