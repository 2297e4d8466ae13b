// Pictures on a sheet of exceljs's streaming writer, which (4.4) places images only as sheet
// backgrounds. This writes the parts an anchored picture needs — the drawing, its relationships,
// the sheet's <drawing> element and the content type — through the writer's own zip and
// relationship streams. Everything that touches exceljs internals is in this file, and
// test/unit/export/stream-image.spec.ts reads the result back with exceljs and openpyxl.
import type ExcelJS from 'exceljs'
import type { StreamWorkbook } from './stream-table'

const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing'
const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image'
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml'
const EMU_PER_PIXEL = 9525

interface ZipLike {
  append(source: string | Buffer, data: { name: string }): unknown
}
interface WorkbookInternals {
  zip: ZipLike
}
interface SheetInternals {
  committed: boolean
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string }
  _writeLegacyData(): void
  stream: { write(text: string): void }
}

export interface ImagePlacement {
  /** Top-left cell, 0-based. */
  col: number
  row: number
  widthPx: number
  heightPx: number
  /** Alternative text. */
  description: string
}

const drawingsOf = new WeakMap<StreamWorkbook, string[]>()

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!)
}

/** Registers the workbook's drawings in [Content_Types].xml when exceljs writes it at commit. */
function drawings(wb: StreamWorkbook): string[] {
  let list = drawingsOf.get(wb)
  if (list) return list
  list = []
  drawingsOf.set(wb, list)
  const zip = (wb as unknown as WorkbookInternals).zip
  const append = zip.append.bind(zip)
  const names = list
  zip.append = (source, data) => {
    if (data.name === '[Content_Types].xml' && typeof source === 'string') {
      const overrides = names.map((n) => `<Override PartName="/xl/drawings/${n}.xml" ContentType="${DRAWING_TYPE}"/>`).join('')
      source = source.replace('</Types>', `${overrides}</Types>`)
    }
    return append(source, data)
  }
  return list
}

/** Places a PNG on a streamed sheet. Call before the sheet is committed. */
export function addStreamImage(wb: StreamWorkbook, sheet: ExcelJS.Worksheet, png: Buffer, at: ImagePlacement): void {
  const ws = sheet as unknown as SheetInternals
  if (ws.committed) throw new Error('addStreamImage: the sheet is already committed')
  const imageId = wb.addImage({ buffer: png, extension: 'png' } as ExcelJS.Image & { buffer: Buffer })
  const list = drawings(wb)
  const name = `drawing${list.length + 1}`
  list.push(name)
  const rId = ws._sheetRelsWriter.addRelationship({ Type: DRAWING_REL, Target: `../drawings/${name}.xml` })
  // <drawing> comes right before <legacyDrawing> (notes) in a worksheet's element order.
  const writeLegacy = ws._writeLegacyData.bind(ws)
  ws._writeLegacyData = () => {
    ws.stream.write(`<drawing r:id="${rId}"/>`)
    writeLegacy()
  }
  const cx = at.widthPx * EMU_PER_PIXEL
  const cy = at.heightPx * EMU_PER_PIXEL
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<xdr:oneCellAnchor>' +
    `<xdr:from><xdr:col>${at.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${cx}" cy="${cy}"/>` +
    '<xdr:pic>' +
    `<xdr:nvPicPr><xdr:cNvPr id="2" name="Picture 1" descr="${escapeXml(at.description)}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    '<xdr:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
    '</xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>'
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${IMAGE_REL}" Target="../media/image${imageId}.png"/>` +
    '</Relationships>'
  const zip = (wb as unknown as WorkbookInternals).zip
  zip.append(xml, { name: `xl/drawings/${name}.xml` })
  zip.append(rels, { name: `xl/drawings/_rels/${name}.xml.rels` })
}

/** Puts `first` at the front of the workbook's tabs (streamed sheets keep their creation order otherwise). */
export function moveSheetFirst(wb: StreamWorkbook, first: ExcelJS.Worksheet): void {
  const internals = wb as unknown as { _worksheets: (ExcelJS.Worksheet | undefined)[] }
  const others = internals._worksheets.filter((ws): ws is ExcelJS.Worksheet => ws !== undefined && ws !== first)
  // Index 0 stays a hole, as exceljs keeps it; sheet ids (and so their part names) do not change.
  const list = new Array<ExcelJS.Worksheet | undefined>(1)
  list.push(first, ...others)
  internals._worksheets = list
}
