import type { Page } from "playwright-core";

/**
 * A stand-in for axe-core's serious and critical rules, which this repository does not carry (no
 * package may be added for this change): Chromium's own accessibility tree (over CDP) for the
 * names of controls, and DOM checks for the rest. Each finding names the axe rule it stands for.
 *
 * Checked inside one element (the area's own), as axe's `include` does. Covered: button-name, link-name, label (every control the tree exposes has a name),
 * image-alt, html-has-lang, aria-prohibited-attr (a name on a plain div or span), duplicate-id-aria, aria-valid-attr-value (aria id references resolve),
 * list / listitem, color-contrast (solid backgrounds; gradients and images are skipped as axe
 * marks them "incomplete"). Not covered: the other ARIA role/attribute rules, frames, media.
 */
export interface Finding {
  rule: string;
  impact: "serious" | "critical";
  target: string;
  detail: string;
}

const namedRoles = new Set([
  "button",
  "link",
  "textbox",
  "searchbox",
  "combobox",
  "checkbox",
  "radio",
  "switch",
  "spinbutton",
  "slider",
  "listbox",
  "menuitem",
  "tab",
  "option",
]);

interface AXNode {
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
}

async function unnamedControls(page: Page, root: string): Promise<Finding[]> {
  const client = await page.context().newCDPSession(page);
  try {
    await client.send("Accessibility.enable");
    const { nodes } = (await client.send("Accessibility.getFullAXTree")) as { nodes: AXNode[] };
    const findings: Finding[] = [];
    for (const node of nodes) {
      const role = node.role?.value ?? "";
      if (node.ignored || !namedRoles.has(role) || (node.name?.value ?? "").trim() !== "") continue;
      let target = `backend node ${node.backendDOMNodeId ?? "?"}`;
      if (node.backendDOMNodeId !== undefined) {
        const { object } = (await client.send("DOM.resolveNode", { backendNodeId: node.backendDOMNodeId })) as {
          object: { objectId?: string };
        };
        if (object.objectId) {
          const described = (await client.send("Runtime.callFunctionOn", {
            objectId: object.objectId,
            functionDeclaration: `function () {
              const element = this.nodeType === 1 ? this : this.parentElement;
              return element && element.closest(${JSON.stringify(root)}) ? element.outerHTML.slice(0, 160) : null;
            }`,
            returnByValue: true,
          })) as { result: { value?: string | null } };
          // Outside the area (the shell's frame): not this area's to fix.
          if (described.result.value === null) continue;
          target = described.result.value ?? target;
        }
      }
      const rule = role === "button" ? "button-name" : role === "link" ? "link-name" : "label";
      findings.push({ rule, impact: "critical", target, detail: `a ${role} without an accessible name` });
    }
    return findings;
  } finally {
    await client.detach();
  }
}

/** The DOM checks, run in the page (a function with no closure: it is serialised to the browser). */
function domFindings(root: string): Finding[] {
  const findings: Finding[] = [];
  const area = document.querySelector(root);
  if (!area) return [{ rule: "area", impact: "critical", target: root, detail: "the area is not on the page" }];
  const describe = (element: Element) => element.outerHTML.slice(0, 160);
  if (!document.documentElement.getAttribute("lang"))
    findings.push({ rule: "html-has-lang", impact: "serious", target: "html", detail: "the page has no lang" });
  for (const image of Array.from(area.querySelectorAll("img")))
    if (!image.hasAttribute("alt") && image.getAttribute("role") !== "presentation")
      findings.push({ rule: "image-alt", impact: "critical", target: describe(image), detail: "an image without alt" });

  const counts = new Map<string, number>();
  for (const element of Array.from(document.querySelectorAll("[id]"))) counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
  for (const element of Array.from(area.querySelectorAll("[aria-labelledby],[aria-describedby],[aria-controls],label[for]"))) {
    for (const attribute of ["aria-labelledby", "aria-describedby", "aria-controls", "for"]) {
      for (const id of (element.getAttribute(attribute) ?? "").split(/\s+/).filter(Boolean)) {
        const count = counts.get(id) ?? 0;
        if (count > 1)
          findings.push({
            rule: "duplicate-id-aria",
            impact: "critical",
            target: describe(element),
            detail: `${attribute} names id "${id}", used ${count} times`,
          });
        if (count === 0 && attribute !== "aria-controls" && attribute !== "for")
          findings.push({
            rule: "aria-valid-attr-value",
            impact: "critical",
            target: describe(element),
            detail: `${attribute} names id "${id}", which is not in the page`,
          });
      }
    }
  }
  // A name on an element without a role is not announced (axe: aria-prohibited-attr).
  const generic = new Set(["DIV", "SPAN", "P", "B", "I", "EM", "STRONG", "SMALL", "CODE", "PRE"]);
  for (const element of Array.from(area.querySelectorAll("[aria-label],[aria-labelledby]")))
    if (generic.has(element.tagName) && !element.getAttribute("role"))
      findings.push({
        rule: "aria-prohibited-attr",
        impact: "serious",
        target: describe(element),
        detail: "a name on an element without a role",
      });
  for (const list of Array.from(area.querySelectorAll("ul,ol")))
    for (const child of Array.from(list.children))
      if (!["LI", "SCRIPT", "TEMPLATE"].includes(child.tagName))
        findings.push({
          rule: "list",
          impact: "serious",
          target: describe(list),
          detail: `a list holding a ${child.tagName.toLowerCase()}`,
        });
  for (const item of Array.from(area.querySelectorAll("li"))) {
    const parent = item.parentElement;
    if (!parent || !(["UL", "OL", "MENU"].includes(parent.tagName) || parent.getAttribute("role") === "list"))
      findings.push({ rule: "listitem", impact: "serious", target: describe(item), detail: "a list item outside a list" });
  }

  // Colour contrast (WCAG AA): text on the nearest solid background, composited up the tree.
  const parse = (value: string): [number, number, number, number] | null => {
    const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
    if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
    const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(value);
    if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
    return null;
  };
  const luminance = ([r, g, b]: number[]) => {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
  };
  const over = (top: [number, number, number, number], bottom: [number, number, number]): [number, number, number] => [
    top[0] * top[3] + bottom[0] * (1 - top[3]),
    top[1] * top[3] + bottom[1] * (1 - top[3]),
    top[2] * top[3] + bottom[2] * (1 - top[3]),
  ];
  const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const element = text.parentElement;
    if (!element || seen.has(element) || !(text.textContent ?? "").trim()) continue;
    seen.add(element);
    const style = getComputedStyle(element);
    if (element.getClientRects().length === 0 || style.visibility === "hidden" || Number(style.opacity) === 0) continue;
    if (element.closest("[disabled],[aria-disabled=true],[data-disabled]")) continue;
    const rect = element.getBoundingClientRect();
    // Clipped text (visually hidden for screen readers) has no colours to compare.
    if (rect.width <= 1 || rect.height <= 1) continue;
    const layers: [number, number, number, number][] = [];
    let skip = false;
    for (let at: Element | null = element; at; at = at.parentElement) {
      const own = getComputedStyle(at);
      if (own.backgroundImage !== "none") {
        skip = true;
        break;
      }
      const colour = parse(own.backgroundColor);
      if (!colour) {
        skip = true;
        break;
      }
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    const foreground = parse(style.color);
    if (skip || !foreground) continue;
    let background: [number, number, number] = [255, 255, 255];
    for (const layer of layers.reverse()) background = over(layer, background);
    const shown = over(foreground, background);
    const [light, dark] = [luminance(shown), luminance(background)].sort((a, b) => b - a) as [number, number];
    const ratio = (light + 0.05) / (dark + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    if (ratio + 0.005 < needed)
      findings.push({
        rule: "color-contrast",
        impact: "serious",
        target: describe(element),
        detail: `"${(text.textContent ?? "").trim().slice(0, 40)}": contrast ${ratio.toFixed(2)}:1, needs ${needed}:1 (${style.color} on rgb(${background.map(Math.round).join(", ")}))`,
      });
  }
  return findings;
}

/**
 * Serious and critical accessibility findings inside `root` (the area's own element: the shell's
 * frame is the platform's), as the page is now. Ids are counted over the whole page.
 */
export async function accessibilityFindings(page: Page, root: string): Promise<Finding[]> {
  return [...(await unnamedControls(page, root)), ...(await page.evaluate(domFindings, root))];
}
