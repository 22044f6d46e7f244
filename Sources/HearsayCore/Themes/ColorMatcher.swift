/// Maps theme colours to the colour numbers a terminal has (8, 16 or 256): the nearest colour, never `n % 8`.
public enum ColorMatcher {
    /// The terminal colour number for `color` on a terminal with `available` colours; -1 for the terminal default.
    public static func index(for color: Color, available: Int) -> Int {
        switch color {
        case .terminalDefault:
            return -1
        case .ansi(let number):
            let clamped = min(max(number, 0), 15)
            return available >= 16 || clamped < 8 ? clamped : clamped - 8
        case .indexed(let number):
            let clamped = min(max(number, 0), 255)
            if available >= 256 { return clamped }
            if clamped < 16 { return index(for: .ansi(clamped), available: available) }
            return nearestBasic(rgb(ofIndex: clamped), available: available)
        case .rgb(let red, let green, let blue):
            let value = RGB(red: red, green: green, blue: blue)
            return available >= 256 ? nearest256(value) : nearestBasic(value, available: available)
        }
    }

    /// An RGB triple, 0–255 each.
    struct RGB: Equatable {
        var red: Int
        var green: Int
        var blue: Int
    }

    /// The usual xterm values of the 16 ANSI colours.
    static let ansiPalette: [RGB] = [
        RGB(red: 0, green: 0, blue: 0), RGB(red: 205, green: 0, blue: 0), RGB(red: 0, green: 205, blue: 0),
        RGB(red: 205, green: 205, blue: 0), RGB(red: 0, green: 0, blue: 238), RGB(red: 205, green: 0, blue: 205),
        RGB(red: 0, green: 205, blue: 205), RGB(red: 229, green: 229, blue: 229),
        RGB(red: 127, green: 127, blue: 127), RGB(red: 255, green: 0, blue: 0), RGB(red: 0, green: 255, blue: 0),
        RGB(red: 255, green: 255, blue: 0), RGB(red: 92, green: 92, blue: 255), RGB(red: 255, green: 0, blue: 255),
        RGB(red: 0, green: 255, blue: 255), RGB(red: 255, green: 255, blue: 255),
    ]

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB value of an xterm 256-colour index.
    static func rgb(ofIndex index: Int) -> RGB {
        if index < 16 { return ansiPalette[max(0, index)] }
        if index >= 232 {
            let level = 8 + 10 * (index - 232)
            return RGB(red: level, green: level, blue: level)
        }
        let cube = index - 16
        return RGB(red: cubeLevels[cube / 36], green: cubeLevels[(cube / 6) % 6], blue: cubeLevels[cube % 6])
    }

    /// Nearest of the 8 (or 16) ANSI colours. On 8 colours a grey becomes the terminal default,
    /// so it never turns into black on a dark terminal or white on a light one.
    static func nearestBasic(_ value: RGB, available: Int) -> Int {
        let count = available >= 16 ? 16 : 8
        let spread = max(value.red, value.green, value.blue) - min(value.red, value.green, value.blue)
        if count == 8 && spread < 48 { return -1 }
        var best = 0
        var bestDistance = Int.max
        for index in 0..<count {
            let distance = self.distance(value, ansiPalette[index])
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }

    /// Nearest colour of the xterm cube and grey ramp (indexes 16–255).
    static func nearest256(_ value: RGB) -> Int {
        func level(_ component: Int) -> Int {
            var best = 0
            for index in cubeLevels.indices where abs(cubeLevels[index] - component) < abs(cubeLevels[best] - component) { best = index }
            return best
        }
        let cube = 16 + 36 * level(value.red) + 6 * level(value.green) + level(value.blue)
        let average = (value.red + value.green + value.blue) / 3
        let grey = 232 + min(23, max(0, (average - 3) / 10))
        return distance(value, rgb(ofIndex: grey)) < distance(value, rgb(ofIndex: cube)) ? grey : cube
    }

    /// The "redmean" approximation of perceived distance, squared.
    static func distance(_ a: RGB, _ b: RGB) -> Int {
        let meanRed = (a.red + b.red) / 2
        let red = a.red - b.red
        let green = a.green - b.green
        let blue = a.blue - b.blue
        return (((512 + meanRed) * red * red) >> 8) + 4 * green * green + (((767 - meanRed) * blue * blue) >> 8)
    }
}
