// What the terminal report lists for each terminal_type. Devices, OS versions and screens carry a
// release year, so a 2019 range shows Android 9 and iPhone XR, not iOS 17 (see eraWeight).
import type { TerminalType } from '../../../shared/reports'

export interface TerminalEntry {
  name: string
  weight: number
  /** Release year (fractional); absent for entries in use throughout (brands). */
  release?: number
}

const BRANDS: readonly TerminalEntry[] = [
  { name: '华为', weight: 24 },
  { name: '苹果', weight: 20 },
  { name: 'OPPO', weight: 14 },
  { name: 'vivo', weight: 14 },
  { name: '小米', weight: 11 },
  { name: '荣耀', weight: 7 },
  { name: '三星', weight: 2 },
  { name: '魅族', weight: 1.2 },
  { name: '一加', weight: 0.9 },
  { name: 'realme', weight: 0.8 },
  { name: '中兴', weight: 0.5 },
  { name: '努比亚', weight: 0.4 },
  { name: '联想', weight: 0.4 },
  { name: '酷派', weight: 0.2 },
  { name: '其他', weight: 1.5 }
]

const d = (name: string, weight: number, release: number): TerminalEntry => ({ name, weight, release })

const DEVICES: readonly TerminalEntry[] = [
  d('iPhone 6', 5, 2014.7), d('iPhone 6s', 5, 2015.7), d('iPhone 7', 5, 2016.7), d('iPhone 8', 4, 2017.7),
  d('iPhone X', 3, 2017.8), d('iPhone XR', 4, 2018.8), d('iPhone 11', 5, 2019.7), d('iPhone 12', 4, 2020.8),
  d('iPhone 13', 5, 2021.7), d('iPhone 14 Pro', 3, 2022.7), d('iPhone 15', 4, 2023.7), d('iPhone 16', 4, 2024.7),
  d('HUAWEI Mate 9', 3, 2016.9), d('HUAWEI P20', 3, 2018.3), d('HUAWEI Mate 20', 3, 2018.8),
  d('HUAWEI P30', 4, 2019.3), d('HUAWEI Mate 30 Pro', 3, 2019.7), d('HUAWEI nova 7', 3, 2020.3),
  d('HUAWEI Mate 40 Pro', 3, 2020.8), d('HUAWEI P50', 2, 2021.6), d('HUAWEI Mate 60 Pro', 4, 2023.7),
  d('HUAWEI nova 11', 3, 2023.3), d('HUAWEI Pura 70', 3, 2024.3), d('荣耀 8', 2, 2016.5),
  d('荣耀 20', 2, 2019.4), d('荣耀 X40', 3, 2022.7), d('荣耀 90', 2, 2023.4), d('小米 5', 2, 2016.2),
  d('小米 8', 2, 2018.4), d('Redmi Note 8', 3, 2019.7), d('小米 10', 2, 2020.1), d('Redmi K40', 2, 2021.2),
  d('Redmi Note 12', 3, 2022.8), d('小米 14', 2, 2023.8), d('OPPO R9', 3, 2016.2), d('OPPO R15', 3, 2018.3),
  d('OPPO Reno', 2, 2019.3), d('OPPO A5', 3, 2019.5), d('OPPO Reno8', 2, 2022.4), d('OPPO A58', 2, 2023.6),
  d('vivo X9', 3, 2016.9), d('vivo X21', 3, 2018.2), d('vivo Y93', 3, 2019.1), d('vivo X60', 2, 2021.0),
  d('vivo Y35', 3, 2022.6), d('vivo X100', 2, 2023.9), d('Galaxy S9', 1, 2018.2), d('Galaxy S21', 1, 2021.1)
]

const OS_VERSIONS: readonly TerminalEntry[] = [
  d('Android 5.1', 6, 2015.2), d('Android 6', 8, 2015.8), d('Android 7', 8, 2016.6), d('Android 7.1', 4, 2016.9),
  d('Android 8', 8, 2017.6), d('Android 8.1', 7, 2017.9), d('Android 9', 10, 2018.6), d('Android 10', 11, 2019.7),
  d('Android 11', 10, 2020.7), d('Android 12', 10, 2021.8), d('Android 13', 10, 2022.7), d('Android 14', 10, 2023.8),
  d('Android 15', 9, 2024.8), d('HarmonyOS 2', 6, 2021.4), d('HarmonyOS 3', 6, 2022.7), d('HarmonyOS 4', 7, 2023.7),
  d('iOS 9.3', 5, 2016.2), d('iOS 10.3', 6, 2017.2), d('iOS 11.4', 6, 2018.3), d('iOS 12.4', 7, 2019.4),
  d('iOS 13.6', 7, 2020.5), d('iOS 14.8', 7, 2021.6), d('iOS 15.7', 7, 2022.6), d('iOS 16.6', 7, 2023.5),
  d('iOS 17.1', 4, 2023.8), d('iOS 17.5', 5, 2024.4), d('iOS 18.1', 4, 2024.8), d('iOS 18.5', 5, 2025.4),
  d('iOS 26.1', 4, 2025.8)
]

const SCREENS: readonly TerminalEntry[] = [
  d('720*1280', 6, 2013), d('1080*1920', 10, 2014), d('750*1334', 9, 2014.7), d('1242*2208', 4, 2014.7),
  d('1125*2436', 3, 2017.8), d('828*1792', 5, 2018.8), d('1080*2340', 10, 2018.5), d('720*1600', 5, 2019.5),
  d('1080*2400', 11, 2019.8), d('1170*2532', 6, 2020.8), d('1284*2778', 3, 2020.8), d('1440*3200', 2, 2020.2),
  d('1260*2800', 3, 2021.5), d('1179*2556', 5, 2022.7), d('1220*2712', 4, 2022.9), d('1260*2720', 3, 2023.8)
]

const NETWORKS: readonly TerminalEntry[] = ['wifi', '4g', '5g', '3g', '2g'].map((name) => ({ name, weight: 1 }))

export const TERMINAL_ENTRIES: Record<TerminalType, readonly TerminalEntry[]> = {
  terminal_brand: BRANDS,
  terminal_device: DEVICES,
  terminal_os: OS_VERSIONS,
  terminal_screen: SCREENS,
  terminal_network: NETWORKS
}

/** Half-life of use after release, per type: phones last longer than OS versions stay current. */
export const ERA_HALF_LIFE: Record<TerminalType, number> = {
  terminal_brand: 1,
  terminal_device: 2.2,
  terminal_os: 1.3,
  terminal_screen: 3,
  terminal_network: 1
}

/** Share of sessions per network at `year`: 3g fades out, 5g arrives late 2019 and grows. */
export function networkWeights(year: number): number[] {
  const fiveG = Math.min(1, Math.max(0, (year - 2019.8) / 4))
  const threeG = 12 * Math.pow(0.5, Math.max(0, year - 2015) / 1.2)
  return [56, 38 * (1 - 0.7 * fiveG), 30 * fiveG, threeG, 0.6 + threeG / 10]
}
