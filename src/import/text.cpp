#include "text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <utility>

namespace ogi::import {

namespace {

// Traditional forms of the characters that occur in labels, headings and titles, with their simplified
// forms: reports from some bodies, and some converters, print traditional characters.
constexpr std::pair<char32_t, char32_t> traditional[] = {
    {0x4E26, 0x5E76}, {0x4F86, 0x6765}, {0x500B, 0x4E2A}, {0x5011, 0x4EEC}, {0x5104, 0x4EBF}, {0x512A, 0x4F18},
    {0x5167, 0x5185}, {0x5247, 0x5219}, {0x5283, 0x5212}, {0x52D5, 0x52A8}, {0x52D9, 0x52A1}, {0x52DE, 0x52B3},
    {0x5340, 0x533A}, {0x53C3, 0x53C2}, {0x54E1, 0x5458}, {0x554F, 0x95EE}, {0x55AE, 0x5355}, {0x570B, 0x56FD},
    {0x5716, 0x56FE}, {0x57F7, 0x6267}, {0x5831, 0x62A5}, {0x5834, 0x573A}, {0x5B78, 0x5B66}, {0x5BE6, 0x5B9E},
    {0x5BE7, 0x5B81}, {0x5BE9, 0x5BA1}, {0x5BEB, 0x5199}, {0x5C0D, 0x5BF9}, {0x5C0E, 0x5BFC}, {0x5C46, 0x5C4A},
    {0x5C64, 0x5C42}, {0x5C6C, 0x5C5E}, {0x5E2B, 0x5E08}, {0x5EE2, 0x5E9F}, {0x5EE3, 0x5E7F}, {0x5EF3, 0x5385},
    {0x5F37, 0x5F3A}, {0x5F8C, 0x540E}, {0x5F91, 0x5F84}, {0x5FA9, 0x590D}, {0x61C9, 0x5E94}, {0x63A1, 0x91C7},
    {0x63DA, 0x626C}, {0x64CA, 0x51FB}, {0x64DA, 0x636E}, {0x6578, 0x6570}, {0x65B7, 0x65AD}, {0x65BC, 0x4E8E},
    {0x6642, 0x65F6}, {0x66F8, 0x4E66}, {0x6703, 0x4F1A}, {0x6771, 0x4E1C}, {0x689D, 0x6761}, {0x696D, 0x4E1A},
    {0x69CB, 0x6784}, {0x6A02, 0x4E50}, {0x6A19, 0x6807}, {0x6A5F, 0x673A}, {0x6A6B, 0x6A2A}, {0x6A94, 0x6863},
    {0x6AA2, 0x68C0}, {0x6B0A, 0x6743}, {0x6B78, 0x5F52}, {0x6C7A, 0x51B3}, {0x6CC1, 0x51B5}, {0x6E96, 0x51C6},
    {0x6FA4, 0x6CFD}, {0x6FDF, 0x6D4E}, {0x7063, 0x6E7E}, {0x7121, 0x65E0}, {0x71DF, 0x8425}, {0x7368, 0x72EC},
    {0x7372, 0x83B7}, {0x73FE, 0x73B0}, {0x74B0, 0x73AF}, {0x7522, 0x4EA7}, {0x7576, 0x5F53}, {0x7642, 0x7597},
    {0x767C, 0x53D1}, {0x76E1, 0x5C3D}, {0x76E3, 0x76D1}, {0x773E, 0x4F17}, {0x78BA, 0x786E}, {0x78BC, 0x7801},
    {0x7A05, 0x7A0E}, {0x7A2E, 0x79CD}, {0x7A31, 0x79F0}, {0x7A69, 0x7A33}, {0x7BC0, 0x8282}, {0x7BC4, 0x8303},
    {0x7CFE, 0x7EA0}, {0x7D0D, 0x7EB3}, {0x7D1A, 0x7EA7}, {0x7D44, 0x7EC4}, {0x7D50, 0x7ED3}, {0x7D61, 0x7EDC},
    {0x7D66, 0x7ED9}, {0x7D71, 0x7EDF}, {0x7D93, 0x7ECF}, {0x7DAD, 0x7EF4}, {0x7DB2, 0x7F51}, {0x7E23, 0x53BF},
    {0x7E31, 0x7EB5}, {0x7E3D, 0x603B}, {0x7E54, 0x7EC7}, {0x7E73, 0x7F34}, {0x7E8C, 0x7EED}, {0x7F70, 0x7F5A},
    {0x7FA3, 0x7FA4}, {0x7FA9, 0x4E49}, {0x806F, 0x8054}, {0x807D, 0x542C}, {0x81FA, 0x53F0}, {0x8207, 0x4E0E},
    {0x8209, 0x4E3E}, {0x820A, 0x65E7}, {0x83EF, 0x534E}, {0x842C, 0x4E07}, {0x85DD, 0x827A}, {0x85E5, 0x836F},
    {0x8607, 0x82CF}, {0x8655, 0x5904}, {0x865F, 0x53F7}, {0x8853, 0x672F}, {0x885B, 0x536B}, {0x88CF, 0x91CC},
    {0x88DC, 0x8865}, {0x88E1, 0x91CC}, {0x88FD, 0x5236}, {0x8907, 0x590D}, {0x898B, 0x89C1}, {0x898F, 0x89C4},
    {0x8996, 0x89C6}, {0x8A08, 0x8BA1}, {0x8A0A, 0x8BAF}, {0x8A1F, 0x8BBC}, {0x8A2A, 0x8BBF}, {0x8A31, 0x8BB8},
    {0x8A34, 0x8BC9}, {0x8A62, 0x8BE2}, {0x8A71, 0x8BDD}, {0x8A72, 0x8BE5}, {0x8A8C, 0x5FD7}, {0x8A8D, 0x8BA4},
    {0x8AAA, 0x8BF4}, {0x8ABF, 0x8C03}, {0x8ACB, 0x8BF7}, {0x8B49, 0x8BC1}, {0x8B70, 0x8BAE}, {0x8B77, 0x62A4},
    {0x8B80, 0x8BFB}, {0x8B93, 0x8BA9}, {0x8CA0, 0x8D1F}, {0x8CA1, 0x8D22}, {0x8CAC, 0x8D23}, {0x8CB4, 0x8D35},
    {0x8CBB, 0x8D39}, {0x8CC7, 0x8D44}, {0x8CFC, 0x8D2D}, {0x8ECA, 0x8F66}, {0x8ECD, 0x519B}, {0x8F14, 0x8F85},
    {0x8F38, 0x8F93}, {0x8F49, 0x8F6C}, {0x8FA6, 0x529E}, {0x8FB2, 0x519C}, {0x9019, 0x8FD9}, {0x9032, 0x8FDB},
    {0x904B, 0x8FD0}, {0x904E, 0x8FC7}, {0x9054, 0x8FBE}, {0x9055, 0x8FDD}, {0x9060, 0x8FDC}, {0x907C, 0x8FBD},
    {0x9084, 0x8FD8}, {0x908A, 0x8FB9}, {0x9109, 0x4E61}, {0x91AB, 0x533B}, {0x9304, 0x5F55}, {0x932B, 0x9521},
    {0x93AE, 0x9547}, {0x9577, 0x957F}, {0x9580, 0x95E8}, {0x958B, 0x5F00}, {0x9593, 0x95F4}, {0x95B1, 0x9605},
    {0x95DC, 0x5173}, {0x965D, 0x9655}, {0x9670, 0x9634}, {0x967D, 0x9633}, {0x969B, 0x9645}, {0x96AA, 0x9669},
    {0x96B1, 0x9690}, {0x96DC, 0x6742}, {0x96F2, 0x4E91}, {0x96FB, 0x7535}, {0x97FF, 0x54CD}, {0x9801, 0x9875},
    {0x9805, 0x9879}, {0x9810, 0x9884}, {0x982D, 0x5934}, {0x984C, 0x9898}, {0x984D, 0x989D}, {0x985E, 0x7C7B},
    {0x990A, 0x517B}, {0x9928, 0x9986}, {0x99AC, 0x9A6C}, {0x9AD4, 0x4F53}, {0x9EDE, 0x70B9}, {0x9F8D, 0x9F99},
};
static_assert(std::ranges::is_sorted(traditional, {}, &std::pair<char32_t, char32_t>::first));

// Kangxi radicals and CJK compatibility ideographs, with the unified ideographs they stand for (their NFKC
// forms): PDF fonts emit them for ordinary characters (⼀ U+2F00 for 一, ⽂ U+2F42 for 文).
constexpr std::pair<char32_t, char32_t> compatibility[] = {
    {0x2E9F, 0x6BCD}, {0x2EF3, 0x9F9F}, {0x2F00, 0x4E00}, {0x2F01, 0x4E28}, {0x2F02, 0x4E36}, {0x2F03, 0x4E3F},
    {0x2F04, 0x4E59}, {0x2F05, 0x4E85}, {0x2F06, 0x4E8C}, {0x2F07, 0x4EA0}, {0x2F08, 0x4EBA}, {0x2F09, 0x513F},
    {0x2F0A, 0x5165}, {0x2F0B, 0x516B}, {0x2F0C, 0x5182}, {0x2F0D, 0x5196}, {0x2F0E, 0x51AB}, {0x2F0F, 0x51E0},
    {0x2F10, 0x51F5}, {0x2F11, 0x5200}, {0x2F12, 0x529B}, {0x2F13, 0x52F9}, {0x2F14, 0x5315}, {0x2F15, 0x531A},
    {0x2F16, 0x5338}, {0x2F17, 0x5341}, {0x2F18, 0x535C}, {0x2F19, 0x5369}, {0x2F1A, 0x5382}, {0x2F1B, 0x53B6},
    {0x2F1C, 0x53C8}, {0x2F1D, 0x53E3}, {0x2F1E, 0x56D7}, {0x2F1F, 0x571F}, {0x2F20, 0x58EB}, {0x2F21, 0x5902},
    {0x2F22, 0x590A}, {0x2F23, 0x5915}, {0x2F24, 0x5927}, {0x2F25, 0x5973}, {0x2F26, 0x5B50}, {0x2F27, 0x5B80},
    {0x2F28, 0x5BF8}, {0x2F29, 0x5C0F}, {0x2F2A, 0x5C22}, {0x2F2B, 0x5C38}, {0x2F2C, 0x5C6E}, {0x2F2D, 0x5C71},
    {0x2F2E, 0x5DDB}, {0x2F2F, 0x5DE5}, {0x2F30, 0x5DF1}, {0x2F31, 0x5DFE}, {0x2F32, 0x5E72}, {0x2F33, 0x5E7A},
    {0x2F34, 0x5E7F}, {0x2F35, 0x5EF4}, {0x2F36, 0x5EFE}, {0x2F37, 0x5F0B}, {0x2F38, 0x5F13}, {0x2F39, 0x5F50},
    {0x2F3A, 0x5F61}, {0x2F3B, 0x5F73}, {0x2F3C, 0x5FC3}, {0x2F3D, 0x6208}, {0x2F3E, 0x6236}, {0x2F3F, 0x624B},
    {0x2F40, 0x652F}, {0x2F41, 0x6534}, {0x2F42, 0x6587}, {0x2F43, 0x6597}, {0x2F44, 0x65A4}, {0x2F45, 0x65B9},
    {0x2F46, 0x65E0}, {0x2F47, 0x65E5}, {0x2F48, 0x66F0}, {0x2F49, 0x6708}, {0x2F4A, 0x6728}, {0x2F4B, 0x6B20},
    {0x2F4C, 0x6B62}, {0x2F4D, 0x6B79}, {0x2F4E, 0x6BB3}, {0x2F4F, 0x6BCB}, {0x2F50, 0x6BD4}, {0x2F51, 0x6BDB},
    {0x2F52, 0x6C0F}, {0x2F53, 0x6C14}, {0x2F54, 0x6C34}, {0x2F55, 0x706B}, {0x2F56, 0x722A}, {0x2F57, 0x7236},
    {0x2F58, 0x723B}, {0x2F59, 0x723F}, {0x2F5A, 0x7247}, {0x2F5B, 0x7259}, {0x2F5C, 0x725B}, {0x2F5D, 0x72AC},
    {0x2F5E, 0x7384}, {0x2F5F, 0x7389}, {0x2F60, 0x74DC}, {0x2F61, 0x74E6}, {0x2F62, 0x7518}, {0x2F63, 0x751F},
    {0x2F64, 0x7528}, {0x2F65, 0x7530}, {0x2F66, 0x758B}, {0x2F67, 0x7592}, {0x2F68, 0x7676}, {0x2F69, 0x767D},
    {0x2F6A, 0x76AE}, {0x2F6B, 0x76BF}, {0x2F6C, 0x76EE}, {0x2F6D, 0x77DB}, {0x2F6E, 0x77E2}, {0x2F6F, 0x77F3},
    {0x2F70, 0x793A}, {0x2F71, 0x79B8}, {0x2F72, 0x79BE}, {0x2F73, 0x7A74}, {0x2F74, 0x7ACB}, {0x2F75, 0x7AF9},
    {0x2F76, 0x7C73}, {0x2F77, 0x7CF8}, {0x2F78, 0x7F36}, {0x2F79, 0x7F51}, {0x2F7A, 0x7F8A}, {0x2F7B, 0x7FBD},
    {0x2F7C, 0x8001}, {0x2F7D, 0x800C}, {0x2F7E, 0x8012}, {0x2F7F, 0x8033}, {0x2F80, 0x807F}, {0x2F81, 0x8089},
    {0x2F82, 0x81E3}, {0x2F83, 0x81EA}, {0x2F84, 0x81F3}, {0x2F85, 0x81FC}, {0x2F86, 0x820C}, {0x2F87, 0x821B},
    {0x2F88, 0x821F}, {0x2F89, 0x826E}, {0x2F8A, 0x8272}, {0x2F8B, 0x8278}, {0x2F8C, 0x864D}, {0x2F8D, 0x866B},
    {0x2F8E, 0x8840}, {0x2F8F, 0x884C}, {0x2F90, 0x8863}, {0x2F91, 0x897E}, {0x2F92, 0x898B}, {0x2F93, 0x89D2},
    {0x2F94, 0x8A00}, {0x2F95, 0x8C37}, {0x2F96, 0x8C46}, {0x2F97, 0x8C55}, {0x2F98, 0x8C78}, {0x2F99, 0x8C9D},
    {0x2F9A, 0x8D64}, {0x2F9B, 0x8D70}, {0x2F9C, 0x8DB3}, {0x2F9D, 0x8EAB}, {0x2F9E, 0x8ECA}, {0x2F9F, 0x8F9B},
    {0x2FA0, 0x8FB0}, {0x2FA1, 0x8FB5}, {0x2FA2, 0x9091}, {0x2FA3, 0x9149}, {0x2FA4, 0x91C6}, {0x2FA5, 0x91CC},
    {0x2FA6, 0x91D1}, {0x2FA7, 0x9577}, {0x2FA8, 0x9580}, {0x2FA9, 0x961C}, {0x2FAA, 0x96B6}, {0x2FAB, 0x96B9},
    {0x2FAC, 0x96E8}, {0x2FAD, 0x9751}, {0x2FAE, 0x975E}, {0x2FAF, 0x9762}, {0x2FB0, 0x9769}, {0x2FB1, 0x97CB},
    {0x2FB2, 0x97ED}, {0x2FB3, 0x97F3}, {0x2FB4, 0x9801}, {0x2FB5, 0x98A8}, {0x2FB6, 0x98DB}, {0x2FB7, 0x98DF},
    {0x2FB8, 0x9996}, {0x2FB9, 0x9999}, {0x2FBA, 0x99AC}, {0x2FBB, 0x9AA8}, {0x2FBC, 0x9AD8}, {0x2FBD, 0x9ADF},
    {0x2FBE, 0x9B25}, {0x2FBF, 0x9B2F}, {0x2FC0, 0x9B32}, {0x2FC1, 0x9B3C}, {0x2FC2, 0x9B5A}, {0x2FC3, 0x9CE5},
    {0x2FC4, 0x9E75}, {0x2FC5, 0x9E7F}, {0x2FC6, 0x9EA5}, {0x2FC7, 0x9EBB}, {0x2FC8, 0x9EC3}, {0x2FC9, 0x9ECD},
    {0x2FCA, 0x9ED1}, {0x2FCB, 0x9EF9}, {0x2FCC, 0x9EFD}, {0x2FCD, 0x9F0E}, {0x2FCE, 0x9F13}, {0x2FCF, 0x9F20},
    {0x2FD0, 0x9F3B}, {0x2FD1, 0x9F4A}, {0x2FD2, 0x9F52}, {0x2FD3, 0x9F8D}, {0x2FD4, 0x9F9C}, {0x2FD5, 0x9FA0},
    {0xF900, 0x8C48}, {0xF901, 0x66F4}, {0xF902, 0x8ECA}, {0xF903, 0x8CC8}, {0xF904, 0x6ED1}, {0xF905, 0x4E32},
    {0xF906, 0x53E5}, {0xF907, 0x9F9C}, {0xF908, 0x9F9C}, {0xF909, 0x5951}, {0xF90A, 0x91D1}, {0xF90B, 0x5587},
    {0xF90C, 0x5948}, {0xF90D, 0x61F6}, {0xF90E, 0x7669}, {0xF90F, 0x7F85}, {0xF910, 0x863F}, {0xF911, 0x87BA},
    {0xF912, 0x88F8}, {0xF913, 0x908F}, {0xF914, 0x6A02}, {0xF915, 0x6D1B}, {0xF916, 0x70D9}, {0xF917, 0x73DE},
    {0xF918, 0x843D}, {0xF919, 0x916A}, {0xF91A, 0x99F1}, {0xF91B, 0x4E82}, {0xF91C, 0x5375}, {0xF91D, 0x6B04},
    {0xF91E, 0x721B}, {0xF91F, 0x862D}, {0xF920, 0x9E1E}, {0xF921, 0x5D50}, {0xF922, 0x6FEB}, {0xF923, 0x85CD},
    {0xF924, 0x8964}, {0xF925, 0x62C9}, {0xF926, 0x81D8}, {0xF927, 0x881F}, {0xF928, 0x5ECA}, {0xF929, 0x6717},
    {0xF92A, 0x6D6A}, {0xF92B, 0x72FC}, {0xF92C, 0x90CE}, {0xF92D, 0x4F86}, {0xF92E, 0x51B7}, {0xF92F, 0x52DE},
    {0xF930, 0x64C4}, {0xF931, 0x6AD3}, {0xF932, 0x7210}, {0xF933, 0x76E7}, {0xF934, 0x8001}, {0xF935, 0x8606},
    {0xF936, 0x865C}, {0xF937, 0x8DEF}, {0xF938, 0x9732}, {0xF939, 0x9B6F}, {0xF93A, 0x9DFA}, {0xF93B, 0x788C},
    {0xF93C, 0x797F}, {0xF93D, 0x7DA0}, {0xF93E, 0x83C9}, {0xF93F, 0x9304}, {0xF940, 0x9E7F}, {0xF941, 0x8AD6},
    {0xF942, 0x58DF}, {0xF943, 0x5F04}, {0xF944, 0x7C60}, {0xF945, 0x807E}, {0xF946, 0x7262}, {0xF947, 0x78CA},
    {0xF948, 0x8CC2}, {0xF949, 0x96F7}, {0xF94A, 0x58D8}, {0xF94B, 0x5C62}, {0xF94C, 0x6A13}, {0xF94D, 0x6DDA},
    {0xF94E, 0x6F0F}, {0xF94F, 0x7D2F}, {0xF950, 0x7E37}, {0xF951, 0x964B}, {0xF952, 0x52D2}, {0xF953, 0x808B},
    {0xF954, 0x51DC}, {0xF955, 0x51CC}, {0xF956, 0x7A1C}, {0xF957, 0x7DBE}, {0xF958, 0x83F1}, {0xF959, 0x9675},
    {0xF95A, 0x8B80}, {0xF95B, 0x62CF}, {0xF95C, 0x6A02}, {0xF95D, 0x8AFE}, {0xF95E, 0x4E39}, {0xF95F, 0x5BE7},
    {0xF960, 0x6012}, {0xF961, 0x7387}, {0xF962, 0x7570}, {0xF963, 0x5317}, {0xF964, 0x78FB}, {0xF965, 0x4FBF},
    {0xF966, 0x5FA9}, {0xF967, 0x4E0D}, {0xF968, 0x6CCC}, {0xF969, 0x6578}, {0xF96A, 0x7D22}, {0xF96B, 0x53C3},
    {0xF96C, 0x585E}, {0xF96D, 0x7701}, {0xF96E, 0x8449}, {0xF96F, 0x8AAA}, {0xF970, 0x6BBA}, {0xF971, 0x8FB0},
    {0xF972, 0x6C88}, {0xF973, 0x62FE}, {0xF974, 0x82E5}, {0xF975, 0x63A0}, {0xF976, 0x7565}, {0xF977, 0x4EAE},
    {0xF978, 0x5169}, {0xF979, 0x51C9}, {0xF97A, 0x6881}, {0xF97B, 0x7CE7}, {0xF97C, 0x826F}, {0xF97D, 0x8AD2},
    {0xF97E, 0x91CF}, {0xF97F, 0x52F5}, {0xF980, 0x5442}, {0xF981, 0x5973}, {0xF982, 0x5EEC}, {0xF983, 0x65C5},
    {0xF984, 0x6FFE}, {0xF985, 0x792A}, {0xF986, 0x95AD}, {0xF987, 0x9A6A}, {0xF988, 0x9E97}, {0xF989, 0x9ECE},
    {0xF98A, 0x529B}, {0xF98B, 0x66C6}, {0xF98C, 0x6B77}, {0xF98D, 0x8F62}, {0xF98E, 0x5E74}, {0xF98F, 0x6190},
    {0xF990, 0x6200}, {0xF991, 0x649A}, {0xF992, 0x6F23}, {0xF993, 0x7149}, {0xF994, 0x7489}, {0xF995, 0x79CA},
    {0xF996, 0x7DF4}, {0xF997, 0x806F}, {0xF998, 0x8F26}, {0xF999, 0x84EE}, {0xF99A, 0x9023}, {0xF99B, 0x934A},
    {0xF99C, 0x5217}, {0xF99D, 0x52A3}, {0xF99E, 0x54BD}, {0xF99F, 0x70C8}, {0xF9A0, 0x88C2}, {0xF9A1, 0x8AAA},
    {0xF9A2, 0x5EC9}, {0xF9A3, 0x5FF5}, {0xF9A4, 0x637B}, {0xF9A5, 0x6BAE}, {0xF9A6, 0x7C3E}, {0xF9A7, 0x7375},
    {0xF9A8, 0x4EE4}, {0xF9A9, 0x56F9}, {0xF9AA, 0x5BE7}, {0xF9AB, 0x5DBA}, {0xF9AC, 0x601C}, {0xF9AD, 0x73B2},
    {0xF9AE, 0x7469}, {0xF9AF, 0x7F9A}, {0xF9B0, 0x8046}, {0xF9B1, 0x9234}, {0xF9B2, 0x96F6}, {0xF9B3, 0x9748},
    {0xF9B4, 0x9818}, {0xF9B5, 0x4F8B}, {0xF9B6, 0x79AE}, {0xF9B7, 0x91B4}, {0xF9B8, 0x96B8}, {0xF9B9, 0x60E1},
    {0xF9BA, 0x4E86}, {0xF9BB, 0x50DA}, {0xF9BC, 0x5BEE}, {0xF9BD, 0x5C3F}, {0xF9BE, 0x6599}, {0xF9BF, 0x6A02},
    {0xF9C0, 0x71CE}, {0xF9C1, 0x7642}, {0xF9C2, 0x84FC}, {0xF9C3, 0x907C}, {0xF9C4, 0x9F8D}, {0xF9C5, 0x6688},
    {0xF9C6, 0x962E}, {0xF9C7, 0x5289}, {0xF9C8, 0x677B}, {0xF9C9, 0x67F3}, {0xF9CA, 0x6D41}, {0xF9CB, 0x6E9C},
    {0xF9CC, 0x7409}, {0xF9CD, 0x7559}, {0xF9CE, 0x786B}, {0xF9CF, 0x7D10}, {0xF9D0, 0x985E}, {0xF9D1, 0x516D},
    {0xF9D2, 0x622E}, {0xF9D3, 0x9678}, {0xF9D4, 0x502B}, {0xF9D5, 0x5D19}, {0xF9D6, 0x6DEA}, {0xF9D7, 0x8F2A},
    {0xF9D8, 0x5F8B}, {0xF9D9, 0x6144}, {0xF9DA, 0x6817}, {0xF9DB, 0x7387}, {0xF9DC, 0x9686}, {0xF9DD, 0x5229},
    {0xF9DE, 0x540F}, {0xF9DF, 0x5C65}, {0xF9E0, 0x6613}, {0xF9E1, 0x674E}, {0xF9E2, 0x68A8}, {0xF9E3, 0x6CE5},
    {0xF9E4, 0x7406}, {0xF9E5, 0x75E2}, {0xF9E6, 0x7F79}, {0xF9E7, 0x88CF}, {0xF9E8, 0x88E1}, {0xF9E9, 0x91CC},
    {0xF9EA, 0x96E2}, {0xF9EB, 0x533F}, {0xF9EC, 0x6EBA}, {0xF9ED, 0x541D}, {0xF9EE, 0x71D0}, {0xF9EF, 0x7498},
    {0xF9F0, 0x85FA}, {0xF9F1, 0x96A3}, {0xF9F2, 0x9C57}, {0xF9F3, 0x9E9F}, {0xF9F4, 0x6797}, {0xF9F5, 0x6DCB},
    {0xF9F6, 0x81E8}, {0xF9F7, 0x7ACB}, {0xF9F8, 0x7B20}, {0xF9F9, 0x7C92}, {0xF9FA, 0x72C0}, {0xF9FB, 0x7099},
    {0xF9FC, 0x8B58}, {0xF9FD, 0x4EC0}, {0xF9FE, 0x8336}, {0xF9FF, 0x523A}, {0xFA00, 0x5207}, {0xFA01, 0x5EA6},
    {0xFA02, 0x62D3}, {0xFA03, 0x7CD6}, {0xFA04, 0x5B85}, {0xFA05, 0x6D1E}, {0xFA06, 0x66B4}, {0xFA07, 0x8F3B},
    {0xFA08, 0x884C}, {0xFA09, 0x964D}, {0xFA0A, 0x898B}, {0xFA0B, 0x5ED3}, {0xFA0C, 0x5140}, {0xFA0D, 0x55C0},
    {0xFA10, 0x585A}, {0xFA12, 0x6674}, {0xFA15, 0x51DE}, {0xFA16, 0x732A}, {0xFA17, 0x76CA}, {0xFA18, 0x793C},
    {0xFA19, 0x795E}, {0xFA1A, 0x7965}, {0xFA1B, 0x798F}, {0xFA1C, 0x9756}, {0xFA1D, 0x7CBE}, {0xFA1E, 0x7FBD},
    {0xFA20, 0x8612}, {0xFA22, 0x8AF8}, {0xFA25, 0x9038}, {0xFA26, 0x90FD}, {0xFA2A, 0x98EF}, {0xFA2B, 0x98FC},
    {0xFA2C, 0x9928}, {0xFA2D, 0x9DB4}, {0xFA2E, 0x90DE}, {0xFA2F, 0x96B7}, {0xFA30, 0x4FAE}, {0xFA31, 0x50E7},
    {0xFA32, 0x514D}, {0xFA33, 0x52C9}, {0xFA34, 0x52E4}, {0xFA35, 0x5351}, {0xFA36, 0x559D}, {0xFA37, 0x5606},
    {0xFA38, 0x5668}, {0xFA39, 0x5840}, {0xFA3A, 0x58A8}, {0xFA3B, 0x5C64}, {0xFA3C, 0x5C6E}, {0xFA3D, 0x6094},
    {0xFA3E, 0x6168}, {0xFA3F, 0x618E}, {0xFA40, 0x61F2}, {0xFA41, 0x654F}, {0xFA42, 0x65E2}, {0xFA43, 0x6691},
    {0xFA44, 0x6885}, {0xFA45, 0x6D77}, {0xFA46, 0x6E1A}, {0xFA47, 0x6F22}, {0xFA48, 0x716E}, {0xFA49, 0x722B},
    {0xFA4A, 0x7422}, {0xFA4B, 0x7891}, {0xFA4C, 0x793E}, {0xFA4D, 0x7949}, {0xFA4E, 0x7948}, {0xFA4F, 0x7950},
    {0xFA50, 0x7956}, {0xFA51, 0x795D}, {0xFA52, 0x798D}, {0xFA53, 0x798E}, {0xFA54, 0x7A40}, {0xFA55, 0x7A81},
    {0xFA56, 0x7BC0}, {0xFA57, 0x7DF4}, {0xFA58, 0x7E09}, {0xFA59, 0x7E41}, {0xFA5A, 0x7F72}, {0xFA5B, 0x8005},
    {0xFA5C, 0x81ED}, {0xFA5D, 0x8279}, {0xFA5E, 0x8279}, {0xFA5F, 0x8457}, {0xFA60, 0x8910}, {0xFA61, 0x8996},
    {0xFA62, 0x8B01}, {0xFA63, 0x8B39}, {0xFA64, 0x8CD3}, {0xFA65, 0x8D08}, {0xFA66, 0x8FB6}, {0xFA67, 0x9038},
    {0xFA68, 0x96E3}, {0xFA69, 0x97FF}, {0xFA6A, 0x983B}, {0xFA6B, 0x6075}, {0xFA6D, 0x8218}, {0xFA70, 0x4E26},
    {0xFA71, 0x51B5}, {0xFA72, 0x5168}, {0xFA73, 0x4F80}, {0xFA74, 0x5145}, {0xFA75, 0x5180}, {0xFA76, 0x52C7},
    {0xFA77, 0x52FA}, {0xFA78, 0x559D}, {0xFA79, 0x5555}, {0xFA7A, 0x5599}, {0xFA7B, 0x55E2}, {0xFA7C, 0x585A},
    {0xFA7D, 0x58B3}, {0xFA7E, 0x5944}, {0xFA7F, 0x5954}, {0xFA80, 0x5A62}, {0xFA81, 0x5B28}, {0xFA82, 0x5ED2},
    {0xFA83, 0x5ED9}, {0xFA84, 0x5F69}, {0xFA85, 0x5FAD}, {0xFA86, 0x60D8}, {0xFA87, 0x614E}, {0xFA88, 0x6108},
    {0xFA89, 0x618E}, {0xFA8A, 0x6160}, {0xFA8B, 0x61F2}, {0xFA8C, 0x6234}, {0xFA8D, 0x63C4}, {0xFA8E, 0x641C},
    {0xFA8F, 0x6452}, {0xFA90, 0x6556}, {0xFA91, 0x6674}, {0xFA92, 0x6717}, {0xFA93, 0x671B}, {0xFA94, 0x6756},
    {0xFA95, 0x6B79}, {0xFA96, 0x6BBA}, {0xFA97, 0x6D41}, {0xFA98, 0x6EDB}, {0xFA99, 0x6ECB}, {0xFA9A, 0x6F22},
    {0xFA9B, 0x701E}, {0xFA9C, 0x716E}, {0xFA9D, 0x77A7}, {0xFA9E, 0x7235}, {0xFA9F, 0x72AF}, {0xFAA0, 0x732A},
    {0xFAA1, 0x7471}, {0xFAA2, 0x7506}, {0xFAA3, 0x753B}, {0xFAA4, 0x761D}, {0xFAA5, 0x761F}, {0xFAA6, 0x76CA},
    {0xFAA7, 0x76DB}, {0xFAA8, 0x76F4}, {0xFAA9, 0x774A}, {0xFAAA, 0x7740}, {0xFAAB, 0x78CC}, {0xFAAC, 0x7AB1},
    {0xFAAD, 0x7BC0}, {0xFAAE, 0x7C7B}, {0xFAAF, 0x7D5B}, {0xFAB0, 0x7DF4}, {0xFAB1, 0x7F3E}, {0xFAB2, 0x8005},
    {0xFAB3, 0x8352}, {0xFAB4, 0x83EF}, {0xFAB5, 0x8779}, {0xFAB6, 0x8941}, {0xFAB7, 0x8986}, {0xFAB8, 0x8996},
    {0xFAB9, 0x8ABF}, {0xFABA, 0x8AF8}, {0xFABB, 0x8ACB}, {0xFABC, 0x8B01}, {0xFABD, 0x8AFE}, {0xFABE, 0x8AED},
    {0xFABF, 0x8B39}, {0xFAC0, 0x8B8A}, {0xFAC1, 0x8D08}, {0xFAC2, 0x8F38}, {0xFAC3, 0x9072}, {0xFAC4, 0x9199},
    {0xFAC5, 0x9276}, {0xFAC6, 0x967C}, {0xFAC7, 0x96E3}, {0xFAC8, 0x9756}, {0xFAC9, 0x97DB}, {0xFACA, 0x97FF},
    {0xFACB, 0x980B}, {0xFACC, 0x983B}, {0xFACD, 0x9B12}, {0xFACE, 0x9F9C}, {0xFAD2, 0x3B9D}, {0xFAD3, 0x4018},
    {0xFAD4, 0x4039}, {0xFAD8, 0x9F43}, {0xFAD9, 0x9F8E}
};
static_assert(std::ranges::is_sorted(compatibility, {}, &std::pair<char32_t, char32_t>::first));

// Code points folded one by one to another; 0: dropped.
constexpr std::pair<char32_t, char32_t> single_foldings[] = {
    {'\0', 0},      {'\t', ' '},    {'\v', ' '},    {'\f', ' '},
    {'|', ' '},      // cell borders of text tables (Markdown, grid tables)
    {0x00A0, ' '},   {0x2002, ' '},   {0x2003, ' '},   {0x2009, ' '},   {0x202F, ' '},   {0x3000, ' '},
    // dashes and minus signs: a blank-cell marker, or the sign of 本年增/减
    {0x2010, '-'},   {0x2011, '-'},   {0x2012, '-'},   {0x2013, '-'},   {0x2014, '-'},   {0x2015, '-'},
    {0x2212, '-'},   {0xFE58, '-'},   {0xFE63, '-'},
    {0xFF64, 0x3001},  // half-width ideographic comma
    {0x200B, 0},     {0xFEFF, 0},     // zero-width space, BOM
};

// Ranges folded as a whole: full-width ASCII to ASCII, box drawing (text table borders) to spaces.
constexpr char32_t full_width_first = 0xFF01, full_width_last = 0xFF5E;
constexpr char32_t box_first = 0x2500, box_last = 0x257F;

// What c folds to; 0: dropped.
constexpr char32_t folded_code_point(char32_t c) noexcept {
    if (c >= full_width_first && c <= full_width_last) return c - (full_width_first - '!');
    if (c >= box_first && c <= box_last) return ' ';
    for (auto [from, to] : single_foldings)
        if (from == c) return to;
    for (auto const& table : {std::span<std::pair<char32_t, char32_t> const>(traditional),
                              std::span<std::pair<char32_t, char32_t> const>(compatibility)}) {
        auto it = std::ranges::lower_bound(table, c, {}, &std::pair<char32_t, char32_t>::first);
        if (it != table.end() && it->first == c) return it->second;
    }
    return c;
}

// A bit per BMP code point that folds: most characters of a report fold to themselves, and one look-up says
// so before any comparison.
constexpr auto folding_bits = [] {
    std::array<std::uint64_t, 0x10000 / 64> bits{};
    auto set = [&](char32_t c) { bits[c >> 6] |= std::uint64_t{1} << (c & 63); };
    for (char32_t c = full_width_first; c <= full_width_last; ++c) set(c);
    for (char32_t c = box_first; c <= box_last; ++c) set(c);
    for (auto [from, to] : single_foldings) set(from);
    for (auto [from, to] : traditional) set(from);
    for (auto [from, to] : compatibility) set(from);
    return bits;
}();

constexpr bool folds(char32_t c) noexcept { return c <= 0xFFFF && (folding_bits[c >> 6] >> (c & 63) & 1); }

// Decodes the code point at s[i] and advances i. Text reaching here is valid UTF-8 (to_utf8 repairs it);
// a malformed or cut sequence still costs one byte and reads as U+FFFD, so that no loop can stall or overrun.
char32_t next_code_point_slow(std::string_view s, std::size_t& i) noexcept {
    auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
    char32_t lead = b(0);
    std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    bool whole = n > 0 && i + n <= s.size();
    for (std::size_t k = 1; whole && k < n; ++k) whole = (b(k) & 0xC0) == 0x80;
    if (!whole) {
        ++i;
        return 0xFFFD;
    }
    char32_t c = n == 1   ? lead
                 : n == 2 ? ((lead & 0x1F) << 6) | (b(1) & 0x3F)
                 : n == 3 ? ((lead & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F)
                          : ((lead & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    i += n;
    return c;
}

// The same, with ASCII and three bytes (the CJK) decoded in the caller's loop: every character of a report
// passes here.
inline char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    unsigned char const lead = b(0);
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    if ((lead & 0xF0) == 0xE0 && i + 3 <= s.size() && (b(1) & 0xC0) == 0x80 && (b(2) & 0xC0) == 0x80) {
        char32_t const c = (char32_t{lead} & 0x0F) << 12 | (char32_t{b(1)} & 0x3F) << 6 | (char32_t{b(2)} & 0x3F);
        i += 3;
        return c;
    }
    return next_code_point_slow(s, i);
}

bool is_punctuation(char32_t c) noexcept {
    if (c < 0x80) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    return (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE6F) ||
           (c >= 0xFF00 && c <= 0xFFEF) || c == 0x00B7 || c == 0xFEFF || c == 0xFFFD;
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// The value of a Chinese numeral 一 … 十 at the start of s, with its length in bytes. Tried at every character
// of a table's labels: told by the code point, not by ten comparisons.
std::pair<int, std::size_t> chinese_numeral(std::string_view s) noexcept {
    static constexpr std::array<char32_t, 10> digits = {U'一', U'二', U'三', U'四', U'五',
                                                        U'六', U'七', U'八', U'九', U'十'};
    if (s.size() < 3 || (static_cast<unsigned char>(s[0]) & 0xF0) != 0xE0) return {0, 0};
    std::size_t i = 0;
    char32_t const c = next_code_point(s, i);
    for (std::size_t d = 0; d < digits.size(); ++d)
        if (digits[d] == c) return {static_cast<int>(d) + 1, i};
    return {0, 0};
}

}  // namespace

std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

namespace {

// Appends utf8 folded to out. control(c, offset, folded_offset) is called for each CR, LF (kept as they are),
// form feed (a space) and cell delimiter (tab, |, ｜, │), with its offsets in utf8 and in out: the folding visits
// every byte, so the lines and their delimiters are found in the same pass.
template <class Control>
void fold_onto(std::string& out, std::string_view utf8, Control control) {
    // Most characters are kept as they are: they are copied a run at a time, when a folded one ends the run.
    std::size_t run = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        std::size_t const start = i;
        char32_t const c = next_code_point(utf8, i);
        if (c == '\n' || c == '\r' || c == '\f') control(c, start, out.size() + (start - run));
        if (!folds(c)) continue;
        if (c < 0x80 ? c == '\t' || c == '|' : c == 0xFF5C || c == 0x2502) control(c, start, out.size() + (start - run));
        out.append(utf8.substr(run, start - run));
        run = i;
        if (char32_t f = folded_code_point(c)) append_utf8(out, f);  // 0: dropped
    }
    out.append(utf8.substr(run));
}

}  // namespace

std::string fold(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    fold_onto(out, utf8, [](char32_t, std::size_t, std::size_t) {});
    return out;
}

std::vector<std::size_t> unfolded_offsets(std::string_view utf8, std::span<std::size_t const> folded_offsets) {
    std::vector<std::size_t> out;
    out.reserve(folded_offsets.size());
    std::size_t i = 0, folded_at = 0;
    for (std::size_t wanted : folded_offsets) {
        while (i < utf8.size() && folded_at < wanted) {
            char32_t c = next_code_point(utf8, i);
            char32_t f = folds(c) ? folded_code_point(c) : c;
            folded_at += f == 0 ? 0 : f < 0x80 ? 1 : f < 0x800 ? 2 : f < 0x10000 ? 3 : 4;
        }
        out.push_back(i);
    }
    return out;
}

std::vector<Line> fold_lines(std::string_view utf8, std::string& folded) {
    // Folded at once, in one buffer; CRLF, CR and LF end lines, found while folding.
    folded.clear();
    folded.reserve(utf8.size());  // folding never lengthens
    std::vector<Line> lines;
    std::vector<std::pair<std::size_t, std::size_t>> folded_spans;  // each line's, made views at the end
    std::size_t from = 0, folded_from = 0, page = 1, next_page = 0;
    bool delimited = false;  // the line being read has a cell delimiter
    auto end_line = [&](std::size_t end, std::size_t folded_end) {
        lines.push_back({lines.size() + 1, {}, utf8.substr(from, end - from), page, delimited});
        folded_spans.emplace_back(folded_from, folded_end);
        page += next_page;
        next_page = 0;
        delimited = false;
    };
    fold_onto(folded, utf8, [&](char32_t b, std::size_t at, std::size_t folded_at) {
        if (b != '\n' && b != '\r' && b != '\f') {
            delimited = true;
            return;
        }
        if (b == '\f') {
            // A form feed before a line's text puts the line on the next page; one after it, the lines that follow.
            bool before_text = utf8.substr(from, at - from).find_first_not_of(" \f\t") == std::string_view::npos;
            (before_text ? page : next_page) += 1;
            return;
        }
        if (!(b == '\n' && at > 0 && utf8[at - 1] == '\r')) end_line(at, folded_at);  // the LF of CRLF ends none
        from = at + 1;
        folded_from = folded_at + 1;
    });
    end_line(utf8.size(), folded.size());
    for (std::size_t k = 0; k < lines.size(); ++k)
        lines[k].text = std::string_view(folded).substr(folded_spans[k].first, folded_spans[k].second - folded_spans[k].first);
    return lines;
}

bool is_page_footer(Line const& line, std::span<Line const> after) noexcept {
    std::string_view s = trim(line.text);
    std::size_t value = 0;
    if (s.empty() || s.size() > 4 || !std::ranges::all_of(s, is_digit)) return false;
    for (char c : s) value = value * 10 + static_cast<std::size_t>(c - '0');
    if (value != line.page) return false;
    for (Line const& next : after)
        if (!trim(next.text).empty()) return next.page > line.page;
    return false;
}

bool is_page_number(std::string_view line) noexcept {
    std::string_view s = trim(line);
    // Every line of a table and a narrative is asked: most start with none of -, 第, 共.
    if (!(s.starts_with('-') || s.starts_with("第") || s.starts_with("共"))) return false;
    auto digits_then = [](std::string_view& t) {
        t = trim(t);
        std::size_t n = 0;
        while (n < t.size() && is_digit(t[n])) ++n;
        t.remove_prefix(n);
        t = trim(t);
        return n > 0 && n <= 4;
    };
    if (s.starts_with('-')) {  // -3-, - 3 -
        while (s.starts_with('-')) s.remove_prefix(1);
        if (!digits_then(s) || !s.starts_with('-')) return false;
        while (s.starts_with('-')) s.remove_prefix(1);
        return s.empty();
    }
    auto page = [&](std::string_view& t, std::string_view open, std::string_view close) {
        if (!t.starts_with(open)) return false;
        t.remove_prefix(open.size());
        if (!digits_then(t) || !t.starts_with(close)) return false;
        t.remove_prefix(close.size());
        t = trim(t);
        return true;
    };
    if (page(s, "第", "页")) return s.empty() || (page(s, "共", "页") && s.empty());
    if (page(s, "共", "页")) return page(s, "第", "页") && s.empty();
    return false;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::size_t find_title_phrase(std::string_view k) noexcept {
    for (std::string_view phrase : title_phrases)
        if (std::size_t at = k.find(phrase); at != std::string_view::npos) return at;
    return std::string_view::npos;
}

void append_key(std::string& out, std::string_view folded) {
    // Kept characters are copied a run at a time. The CJK ideographs (lead bytes E4 to E9: U+4000 to U+9FFF)
    // are most of a report and never punctuation: kept without decoding.
    std::size_t run = 0;
    for (std::size_t i = 0; i < folded.size();) {
        auto const lead = static_cast<unsigned char>(folded[i]);
        if (lead < 0x80 && !is_punctuation(lead)) {  // an ASCII letter or digit
            ++i;
            continue;
        }
        if (lead >= 0xE4 && lead <= 0xE9 && i + 2 < folded.size() && (folded[i + 1] & 0xC0) == 0x80 &&
            (folded[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        std::size_t const start = i;
        if (char32_t c = next_code_point(folded, i); c != ' ' && !is_punctuation(c)) continue;
        out.append(folded.substr(run, start - run));
        run = i;
    }
    out.append(folded.substr(run));
}

std::string key(std::string_view folded) {
    std::string out;
    out.reserve(folded.size());
    append_key(out, folded);
    return out;
}

bool key_starts_with(std::string_view folded, std::string_view prefix) noexcept {
    for (std::size_t i = 0; i < folded.size() && !prefix.empty();) {
        std::size_t start = i;
        char32_t c = next_code_point(folded, i);
        if (c == ' ' || is_punctuation(c)) continue;
        std::string_view character = folded.substr(start, i - start);
        if (!prefix.starts_with(character)) return false;
        prefix.remove_prefix(character.size());
    }
    return prefix.empty();
}

std::string_view first_key_character(std::string_view folded) noexcept {
    for (std::size_t i = 0; i < folded.size();) {
        std::size_t start = i;
        char32_t c = next_code_point(folded, i);
        if (c != ' ' && !is_punctuation(c)) return folded.substr(start, i - start);
    }
    return {};
}

int chinese_numeral_value(std::string_view s) noexcept { return chinese_numeral(s).first; }

std::optional<Numbering> numbering_at(std::string_view s) noexcept {
    using Style = Numbering::Style;
    if (s.starts_with('(')) {
        std::string_view t = s.substr(1);
        int n = 0;
        std::size_t len = 0;
        Style style = Style::paren;
        if (auto [v, l] = chinese_numeral(t); v) {
            n = v;
            len = l;
        } else {
            while (len < t.size() && len < 2 && is_digit(t[len])) n = n * 10 + (t[len++] - '0');
            style = Style::arabic;
        }
        if (len == 0 || t.size() <= len || t[len] != ')') return std::nullopt;
        return Numbering{style, n, len + 2};
    }
    if (auto [v, l] = chinese_numeral(s); v) {
        if (s.substr(l).starts_with("、")) return Numbering{Style::top, v, l + std::string_view("、").size()};
        if (s.substr(l).starts_with(".")) return Numbering{Style::top, v, l + 1};
        return std::nullopt;
    }
    std::size_t len = 0;
    int n = 0;
    while (len < s.size() && len < 2 && is_digit(s[len])) n = n * 10 + (s[len++] - '0');
    if (len == 0) return std::nullopt;
    std::string_view rest = s.substr(len);
    if (rest.starts_with('.') || rest.starts_with(')')) return Numbering{Style::arabic, n, len + 1};
    if (rest.starts_with("、")) return Numbering{Style::arabic, n, len + std::string_view("、").size()};
    return std::nullopt;
}

std::optional<MoneyUnit> parse_unit(std::string_view chunk) noexcept {
    if (chunk == "元") return MoneyUnit::yuan;
    if (chunk == "万元") return MoneyUnit::wan_yuan;
    return std::nullopt;
}

std::optional<PrintedFigure> parse_figure(std::string_view chunk) {
    // Every chunk of a table is tried, and most are words: a figure starts with a digit, a sign or a blank mark.
    if (chunk.empty() || !(is_digit(chunk[0]) || chunk[0] == '-' || chunk[0] == '+' || chunk[0] == '/' ||
                           chunk[0] == '\\' || chunk == "无"))
        return std::nullopt;
    PrintedFigure f;
    if (chunk == "/" || chunk == "\\" || chunk == "无" || chunk.find_first_not_of('-') == std::string_view::npos) {
        if (chunk.empty()) return std::nullopt;
        f.blank = true;
        return f;
    }
    for (std::string_view suffix : {"万元", "元", "件", "个", "项", "条"}) {
        if (chunk.size() > suffix.size() && chunk.ends_with(suffix)) {
            f.unit = parse_unit(suffix);
            chunk.remove_suffix(suffix.size());
            break;
        }
    }
    if (chunk.starts_with('-') || chunk.starts_with('+')) {
        f.negative = chunk.front() == '-';
        chunk.remove_prefix(1);
    }
    // Digits, thousands separators only between groups of three, at most one decimal point.
    std::size_t group = 0;
    bool separators = false, point = false;
    for (std::size_t i = 0; i < chunk.size(); ++i) {
        char c = chunk[i];
        if (is_digit(c)) {
            f.digits += c;
            ++group;
        } else if (c == ',' && !point && group >= 1 && (separators ? group == 3 : group <= 3)) {
            separators = true;
            group = 0;
        } else if (c == '.' && !point && group > 0 && (!separators || group == 3)) {
            point = true;
            f.digits += c;
            group = 0;
        } else {
            return std::nullopt;
        }
    }
    if (f.digits.empty() || f.digits.back() == '.' || (separators && !point && group != 3)) return std::nullopt;
    return f;
}

namespace {

// Cuts folded text into the pieces of one line: runs of label text and figures.
class LineCutter {
public:
    LineCutter(Line const& line, std::vector<Piece>& out)
        : line_(line.number), page_(static_cast<std::uint32_t>(line.page)), out_(out) {}

    // The space-separated chunks of s. columns: s is the whole line of layout text, whose figures' places are
    // kept.
    void chunks(std::string_view s, bool columns) {
        for (std::size_t i = 0; i < s.size();) {
            while (i < s.size() && s[i] == ' ') ++i;
            std::size_t j = i;
            while (j < s.size() && s[j] != ' ') ++j;
            if (i == j) break;
            std::string_view chunk = s.substr(i, j - i);
            std::size_t const at = i;
            i = j;
            // A rule of a text table (------, +----+----+, ====): neither a figure nor a label.
            if (chunk.size() >= 3 && chunk.find_first_not_of("-=+_:") == std::string_view::npos) continue;
            if (auto unit = parse_unit(chunk); unit && !out_.empty() && out_.back().figure && !run_open_ &&
                                               out_.back().line == line_ && !out_.back().figure->unit) {
                out_.back().figure->unit = unit;  // "456880 元": the unit printed apart from its figure
                continue;
            }
            if (auto f = parse_figure(chunk)) {
                // A slash or dash between words is part of them (本年增 / 减), not a blank cell.
                std::size_t k = i;
                while (k < s.size() && s[k] == ' ') ++k;
                std::string_view next = s.substr(k, s.find(' ', k) - k);
                if (f->blank && run_open_ && !next.empty() && !parse_figure(next) && !parse_unit(next)) {
                    text(chunk);
                    continue;
                }
                figure(chunk, std::move(*f));
                if (columns && at < Piece::no_column) out_.back().column = static_cast<std::uint32_t>(at);
                continue;
            }
            // Label text with a figure glued to its end ("规章0", "政府集中采购9元"): labels hold no digits after
            // their numbering, so text that has some (a date: 2025年1月) keeps its digits.
            std::size_t d = chunk.size();
            constexpr std::string_view yuan = "元";
            if (chunk.back() == yuan.back() && chunk.ends_with(yuan)) {  // told by its last byte: most chunks end otherwise
                std::size_t unit = chunk.ends_with("万元") ? std::string_view("万元").size() : yuan.size();
                if (chunk.size() > unit && is_digit(chunk[chunk.size() - unit - 1])) d -= unit;
            }
            while (d > 0 && (is_digit(chunk[d - 1]) || chunk[d - 1] == '.' || chunk[d - 1] == ',')) --d;
            auto numbering = numbering_at(chunk);
            std::string_view label = chunk.substr(0, d).substr(numbering && numbering->length <= d ? numbering->length : 0);
            bool label_has_digits = std::ranges::any_of(label, is_digit);
            // After a character of the label, or its closing bracket (…不计其他情形）9).
            if (d > 0 && d < chunk.size() && (static_cast<unsigned char>(chunk[d - 1]) >= 0x80 || chunk[d - 1] == ')') &&
                !label_has_digits) {
                if (auto f = parse_figure(chunk.substr(d))) {
                    text(chunk.substr(0, d));
                    figure(chunk.substr(d), std::move(*f));
                    continue;
                }
            }
            text(chunk);
        }
    }

    // An empty cell of a delimited row: a blank cell, or padding where it may be a merged label's.
    void empty_cell(bool padding) {
        PrintedFigure blank;
        blank.blank = true;
        figure("", std::move(blank));
        out_.back().padding = padding;
    }

    // Whether the line's last piece is label text.
    bool in_text() const noexcept { return run_open_; }

private:
    void text(std::string_view t) {
        if (!run_open_) out_.push_back({line_, page_, {}, std::nullopt, {}});
        out_.back().chunks.push_back(out_.back().text.size());
        out_.back().text.append(t);
        run_open_ = true;
    }
    void figure(std::string_view chunk, PrintedFigure f) {
        out_.push_back({line_, page_, std::string(chunk), std::move(f), {}});
        run_open_ = false;
    }

    std::size_t line_;
    std::uint32_t page_;
    std::vector<Piece>& out_;
    bool run_open_ = false;  // the last piece is this line's text run, still growing
};

// The delimiters of text tables' cells: |, ｜ (full-width), │ (box drawing), tab.
constexpr std::string_view full_width_bar = "\xEF\xBD\x9C", box_bar = "\xE2\x94\x82";

// The length of the delimiter at s[i], or 0.
std::size_t delimiter_at(std::string_view s, std::size_t i) noexcept {
    char const c = s[i];
    if (c == '|' || c == '\t') return 1;
    if (c == '\xEF' && s.substr(i, 3) == full_width_bar) return 3;
    if (c == '\xE2' && s.substr(i, 3) == box_bar) return 3;
    return 0;
}

// The cells of a delimited line, folded and trimmed; a delimiter that opens or closes the line is a border,
// not the edge of an empty cell.
std::vector<std::string> delimited_cells(std::string_view raw) {
    std::vector<std::string> cells;
    std::size_t from = 0;
    bool opened = false;
    for (std::size_t i = 0; i < raw.size();) {
        std::size_t n = delimiter_at(raw, i);
        if (!n) {
            ++i;
            continue;
        }
        std::string cell(trim(fold(raw.substr(from, i - from))));
        if (!(cells.empty() && !opened && cell.empty() && raw[i] != '\t')) cells.push_back(std::move(cell));  // a border
        opened = true;
        i += n;
        from = i;
    }
    std::string last(trim(fold(raw.substr(from))));
    if (!last.empty() || (from > 0 && raw[from - 1] == '\t'))  // a tab before an empty end: an empty cell
        cells.push_back(std::move(last));
    return cells;
}

}  // namespace

void cut_line(Line const& line, std::vector<Piece>& out) {
    LineCutter cutter(line, out);
    if (!line.delimited) return cutter.chunks(line.text, true);
    std::vector<std::string> cells = delimited_cells(line.raw);
    auto starts_with_figure = [](std::string const& c) {
        return !c.empty() && parse_figure(std::string_view(c).substr(0, c.find(' '))).has_value();
    };
    // Empty cells are cells of figures only on a line that holds a figure (a header's or a group label's are
    // not), after the row's label or first figure, and not before more label text (（三）不予公开 |  | 1.属于…).
    if (std::ranges::none_of(cells, starts_with_figure)) {
        for (std::string const& cell : cells) cutter.chunks(cell, false);
        return;
    }
    std::vector<bool> text_follows(cells.size() + 1, false);  // the next cell that is not empty is label text
    for (std::size_t c = cells.size(); c-- > 0;)
        text_follows[c] = cells[c].empty() ? text_follows[c + 1] : !starts_with_figure(cells[c]);
    bool started = false, figured = false;  // a label or a figure seen; a figure seen
    std::vector<std::size_t> since_figure;  // empty cells after the last figure: padding unless a figure follows
    for (std::size_t c = 0; c < cells.size(); ++c) {
        std::string const& cell = cells[c];
        if (cell.empty()) {
            if (!started || text_follows[c]) continue;
            cutter.empty_cell(true);
            if (figured) since_figure.push_back(out.size() - 1);
            continue;
        }
        started = true;
        bool figure = starts_with_figure(cell);
        cutter.chunks(cell, false);
        if (!figure) continue;
        figured = true;
        // Empty cells between two figures are blank cells, certainly.
        for (std::size_t p : since_figure) out[p].padding = false;
        since_figure.clear();
    }
}

std::size_t code_points(std::string_view s) noexcept {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

void MappedText::end_line() {
    if (!text.empty() && text.back() != '\n') {
        text += '\n';
        source_lines.push_back(1);
    }
}

void MappedText::put(std::string_view s, std::size_t source_line) {
    if (s.empty()) return;
    if (text.empty() || text.back() == '\n') source_lines.back() = source_line;
    text += s;
}

std::string row_line(std::span<std::string const> cells, EmptyCells empty) {
    auto is_figure = [](std::string const& cell) {
        auto f = parse_figure(cell);
        return f && !f->blank;
    };
    auto first = std::ranges::find_if(cells, is_figure);
    auto last = std::ranges::find_if(cells.rbegin(), cells.rend(), is_figure).base();
    std::string line;
    for (auto c = cells.begin(); c != cells.end(); ++c) {
        std::string const& cell = *c;
        bool blank = first != cells.end() && (empty == EmptyCells::blank || (c > first && c < last));
        if (cell.empty() && !blank) continue;
        if (!line.empty()) line += "  ";
        line += cell.empty() ? std::string_view("/") : std::string_view(cell);
    }
    return line;
}

}  // namespace ogi::import
