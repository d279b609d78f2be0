#pragma once

class QApplication;

namespace prepaydesk {

// The console's look: Fusion style, a calm light palette, readable sizes and the few style
// rules that labels opt into through the dynamic property "textRole" (title, subtitle, hint,
// error, fieldLabel, value). Applied by the console and by the GUI tests alike, so that
// screenshots show what a cashier sees.
class Theme
{
public:
    static void apply(QApplication &app);
};

} // namespace prepaydesk
