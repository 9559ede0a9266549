#pragma once

#include <span>

namespace coopdesk::demo {

// Names for the demo co-op, in groups by where the family's name comes
// from (a co-op anywhere in the US), so a parent's given name usually fits
// the surname. Surnames carry no hyphen (two-surname households are made
// by joining two) and are unique across the groups.
struct NameGroup
{
    std::span<const char* const> surnames;
    std::span<const char* const> parents;
    std::span<const char* const> children;
};

std::span<const NameGroup> nameGroups();

// Area codes of real US regions; the numbers themselves are in the
// fictional 555-0100 … 555-0199 range.
std::span<const char* const> areaCodes();

} // namespace coopdesk::demo
